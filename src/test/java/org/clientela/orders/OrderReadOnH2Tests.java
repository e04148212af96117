package org.clientela.orders;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class OrderReadOnH2Tests extends OrderReadTests {}
