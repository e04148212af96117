package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ErasureOnH2Tests extends ErasureTests {}
