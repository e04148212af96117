package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ResponseTargetPagesOnH2Tests extends ResponseTargetPagesTests {}
