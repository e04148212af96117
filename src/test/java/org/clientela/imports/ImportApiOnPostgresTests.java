package org.clientela.imports;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class ImportApiOnPostgresTests extends ImportApiTests {}
