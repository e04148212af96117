package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RightsRequestApiOnH2Tests extends RightsRequestApiTests {}
