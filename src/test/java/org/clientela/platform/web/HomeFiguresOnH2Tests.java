package org.clientela.platform.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class HomeFiguresOnH2Tests extends HomeFiguresTests {}
