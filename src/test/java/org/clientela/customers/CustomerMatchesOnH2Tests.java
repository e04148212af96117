package org.clientela.customers;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CustomerMatchesOnH2Tests extends CustomerMatchesTests {}
