package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ConsentApiOnH2Tests extends ConsentApiTests {}
