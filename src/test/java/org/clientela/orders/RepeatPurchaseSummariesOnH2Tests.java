package org.clientela.orders;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RepeatPurchaseSummariesOnH2Tests extends RepeatPurchaseSummariesTests {}
