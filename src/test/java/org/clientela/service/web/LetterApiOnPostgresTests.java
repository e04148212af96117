package org.clientela.service.web;

import org.clientela.support.PostgresApplicationTest;
import org.springframework.context.annotation.Import;

@PostgresApplicationTest
@Import(TestCases.Configuration.class)
class LetterApiOnPostgresTests extends LetterApiTests {}
