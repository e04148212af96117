package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class LoyaltyApiOnH2Tests extends LoyaltyApiTests {}
