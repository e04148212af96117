package org.clientela.retention.internal;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class CallPlanOnPostgresTests extends CallPlanTests {
}
