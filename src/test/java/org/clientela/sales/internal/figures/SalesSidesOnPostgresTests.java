package org.clientela.sales.internal.figures;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SalesSidesOnPostgresTests extends SalesSidesTests {}
