package org.clientela.service;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class CaseApiOnPostgresTests extends CaseApiTests {}
