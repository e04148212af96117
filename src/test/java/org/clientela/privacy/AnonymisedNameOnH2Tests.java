package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class AnonymisedNameOnH2Tests extends AnonymisedNameTests {}
