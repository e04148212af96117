package org.clientela.customers;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CustomerExportOnH2Tests extends CustomerExportTests {}
