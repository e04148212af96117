package org.clientela.service;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class ServiceApiOnPostgresTests extends ServiceApiTests {}
