package org.clientela.platform.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class InputBoundsOnH2Tests extends InputBoundsTests {}
