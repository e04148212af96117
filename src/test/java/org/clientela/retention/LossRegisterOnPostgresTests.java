package org.clientela.retention;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class LossRegisterOnPostgresTests extends LossRegisterTests {}
