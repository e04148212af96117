package org.clientela.sales.web;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SalesFigureApiOnPostgresTests extends SalesFigureApiTests {}
