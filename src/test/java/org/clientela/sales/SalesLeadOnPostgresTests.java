package org.clientela.sales;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SalesLeadOnPostgresTests extends SalesLeadTests {}
