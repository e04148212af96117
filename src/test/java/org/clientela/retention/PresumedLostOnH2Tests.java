package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PresumedLostOnH2Tests extends PresumedLostTests {}
