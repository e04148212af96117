package org.clientela.backups.internal;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class BackupOnH2Tests extends BackupTests {

    @Override
    String databaseKind() {
        return "H2";
    }
}
