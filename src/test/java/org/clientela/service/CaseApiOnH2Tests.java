package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CaseApiOnH2Tests extends CaseApiTests {}
