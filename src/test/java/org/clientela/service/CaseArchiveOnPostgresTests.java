package org.clientela.service;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class CaseArchiveOnPostgresTests extends CaseArchiveTests {}
