package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class UnsubscribeOnH2Tests extends UnsubscribeTests {}
