package org.clientela.retention;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RadarOnPostgresTests extends RadarTests {}
