package org.clientela.retention.web;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RetentionModelPageOnPostgresTests extends RetentionModelPageTests {}
