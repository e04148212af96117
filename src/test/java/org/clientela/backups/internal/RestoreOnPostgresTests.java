package org.clientela.backups.internal;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class RestoreOnPostgresTests extends RestoreTests {}
