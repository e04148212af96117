package org.clientela.orders;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RepeatPurchaseSummariesOnPostgresTests extends RepeatPurchaseSummariesTests {}
