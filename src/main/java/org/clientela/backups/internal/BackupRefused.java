package org.clientela.backups.internal;

import org.clientela.platform.StateConflict;

/**
 * A restore that must not go ahead, and why, in a sentence for the person who asked: the API
 * answers it with 409 and the problem type {@code backup-refused}, the page with the same sentence.
 * Nothing in the database has changed when it is thrown.
 */
public class BackupRefused extends StateConflict {

    /** Why a restore was refused; each has its sentence, {@code backups.refused.<reason>}. */
    public enum Reason {
        /** The archive is not one of ours, or it changed after it was written. */
        DAMAGED,
        /** It was made by a newer version of Clientela than this one. */
        NEWER_SCHEMA,
        /** The business name typed to confirm is not this business's name. */
        WRONG_BUSINESS,
        /** Another backup or restore is running. */
        BUSY
    }

    private final Reason reason;
    private final String detail;

    public BackupRefused(Reason reason, String detail) {
        super(reason + ": " + detail, null, null, "backup-refused", "backups.refused." + reason);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {detail};
    }
}
