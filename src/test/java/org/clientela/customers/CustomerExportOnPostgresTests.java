package org.clientela.customers;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class CustomerExportOnPostgresTests extends CustomerExportTests {}
