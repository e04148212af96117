package org.clientela.retention.internal.calls;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class CallPlanOnPostgresTests extends CallPlanTests {}
