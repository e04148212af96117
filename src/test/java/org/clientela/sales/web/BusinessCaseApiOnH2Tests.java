package org.clientela.sales.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class BusinessCaseApiOnH2Tests extends BusinessCaseApiTests {}
