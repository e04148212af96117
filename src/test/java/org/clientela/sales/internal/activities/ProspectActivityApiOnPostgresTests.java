package org.clientela.sales.internal.activities;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class ProspectActivityApiOnPostgresTests extends ProspectActivityApiTests {}
