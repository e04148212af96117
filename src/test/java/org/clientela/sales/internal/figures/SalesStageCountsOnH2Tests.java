package org.clientela.sales.internal.figures;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SalesStageCountsOnH2Tests extends SalesStageCountsTests {}
