package org.clientela.platform.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SearchApiOnH2Tests extends SearchApiTests {}
