package org.clientela.backups.internal;

import java.time.Instant;

/**
 * A backup this installation took: its archive in the backups folder, and whether restoring it into
 * a scratch database gave back the same rows and checksums.
 */
public record BackupRecord(
        long id,
        Instant createdAt,
        String fileName,
        long sizeBytes,
        long rows,
        BackupReason reason,
        boolean verified,
        Instant verifiedAt) {}
