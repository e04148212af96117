package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class BlockedEverywhereOnH2Tests extends BlockedEverywhereTests {}
