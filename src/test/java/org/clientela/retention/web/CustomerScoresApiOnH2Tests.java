package org.clientela.retention.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CustomerScoresApiOnH2Tests extends CustomerScoresApiTests {}
