package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class KeepOrLetGoPagesOnH2Tests extends KeepOrLetGoPagesTests {}
