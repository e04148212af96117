package org.clientela.platform.web;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class AuditPageOnPostgresTests extends AuditPageTests {}
