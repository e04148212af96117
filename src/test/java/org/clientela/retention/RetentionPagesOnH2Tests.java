package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RetentionPagesOnH2Tests extends RetentionPagesTests {}
