package org.clientela.retention.internal.radar;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RadarWritesOnPostgresTests extends RadarWritesTests {}
