package org.clientela.backups.internal;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class BackupOnPostgresTests extends BackupTests {

    @Override
    String databaseKind() {
        return "POSTGRESQL";
    }
}
