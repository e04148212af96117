package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ProspectContactConsentApiOnH2Tests extends ProspectContactConsentApiTests {}
