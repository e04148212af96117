package org.clientela.customers;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class CustomerMatchesOnPostgresTests extends CustomerMatchesTests {}
