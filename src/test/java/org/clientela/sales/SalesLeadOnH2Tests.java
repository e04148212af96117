package org.clientela.sales;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SalesLeadOnH2Tests extends SalesLeadTests {}
