package org.clientela.retention.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RetentionModelApiOnH2Tests extends RetentionModelApiTests {}
