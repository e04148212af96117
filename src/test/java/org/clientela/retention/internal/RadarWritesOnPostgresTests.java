package org.clientela.retention.internal;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RadarWritesOnPostgresTests extends RadarWritesTests {
}
