package org.clientela.demo;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RadarOnDemoOnPostgresTests extends RadarOnDemoTests {}
