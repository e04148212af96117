package org.clientela.platform.security;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SignInThrottleOnPostgresTests extends SignInThrottleTests {}
