package org.clientela.backups.internal;

/** Why a backup was taken. */
public enum BackupReason {
    /** The daily backup. */
    SCHEDULED,
    /** Someone asked for it (page, API or command). */
    MANUAL,
    /** A restore took it before replacing the data. */
    BEFORE_RESTORE
}
