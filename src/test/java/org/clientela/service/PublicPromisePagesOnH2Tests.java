package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PublicPromisePagesOnH2Tests extends PublicPromisePagesTests {}
