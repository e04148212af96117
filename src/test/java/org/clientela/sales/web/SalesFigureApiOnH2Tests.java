package org.clientela.sales.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SalesFigureApiOnH2Tests extends SalesFigureApiTests {}
