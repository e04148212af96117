package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PersonConsentApiOnH2Tests extends PersonConsentApiTests {}
