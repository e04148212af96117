package org.clientela.service.web;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class LetterApiOnPostgresTests extends LetterApiTests {}
