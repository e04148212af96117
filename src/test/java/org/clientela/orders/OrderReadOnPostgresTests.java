package org.clientela.orders;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class OrderReadOnPostgresTests extends OrderReadTests {}
