package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ResponseTimePagesOnH2Tests extends ResponseTimePagesTests {}
