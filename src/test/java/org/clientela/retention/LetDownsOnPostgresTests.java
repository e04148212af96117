package org.clientela.retention;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class LetDownsOnPostgresTests extends LetDownsTests {}
