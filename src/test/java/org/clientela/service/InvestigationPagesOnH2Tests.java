package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class InvestigationPagesOnH2Tests extends InvestigationPagesTests {}
