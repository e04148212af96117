package org.clientela.service.web;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class LetterPrintOnPostgresTests extends LetterPrintTests {}
