package org.clientela.sales.internal.figures;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SalesSidesOnH2Tests extends SalesSidesTests {}
