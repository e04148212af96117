package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CaseArchiveOnH2Tests extends CaseArchiveTests {}
