package org.clientela.sales.internal.history;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SalesHistoryOnPostgresTests extends SalesHistoryTests {}
