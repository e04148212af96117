package org.clientela.sales.internal.figures;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SalesStageCountsOnPostgresTests extends SalesStageCountsTests {}
