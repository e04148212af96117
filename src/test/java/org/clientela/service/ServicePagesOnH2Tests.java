package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ServicePagesOnH2Tests extends ServicePagesTests {}
