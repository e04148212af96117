package org.clientela.platform.web;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class InputBoundsOnPostgresTests extends InputBoundsTests {}
