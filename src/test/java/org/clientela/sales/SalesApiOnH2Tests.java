package org.clientela.sales;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SalesApiOnH2Tests extends SalesApiTests {}
