package org.clientela.backups.internal;

/** An archive that is not whole: no manifest, a checksum that does not match, a row that is not JSON, an entry that does not belong. */
class DamagedArchive extends BackupRefused {

    DamagedArchive(String detail) {
        super(Reason.DAMAGED, detail);
    }
}
