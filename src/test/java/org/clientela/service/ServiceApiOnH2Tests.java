package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ServiceApiOnH2Tests extends ServiceApiTests {}
