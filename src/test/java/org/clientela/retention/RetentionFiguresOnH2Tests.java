package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RetentionFiguresOnH2Tests extends RetentionFiguresTests {}
