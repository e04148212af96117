package org.clientela.customers;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CustomerApiOnH2Tests extends CustomerApiTests {}
