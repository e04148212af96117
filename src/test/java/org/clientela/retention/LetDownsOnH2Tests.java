package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class LetDownsOnH2Tests extends LetDownsTests {}
