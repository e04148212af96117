package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RetentionRunOnH2Tests extends RetentionRunTests {}
