package org.clientela.backups.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.clientela.platform.ExclusiveRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A backup from start to end: taken, verified by restoring it into a scratch database, and — only
 * when verified — the backups no longer kept removed. The daily one runs on one instance only
 * (an exclusive run), at {@code clientela.backups.cron} in the business's time zone.
 */
@Service
public class BackupRuns {

    private static final Logger log = LoggerFactory.getLogger(BackupRuns.class);

    private final Backups backups;
    private final BackupVerifier verifier;
    private final BackupKeeping keeping;
    private final BackupRecords records;
    private final ExclusiveRuns runs;

    BackupRuns(
            Backups backups,
            BackupVerifier verifier,
            BackupKeeping keeping,
            BackupRecords records,
            ExclusiveRuns runs) {
        this.backups = backups;
        this.verifier = verifier;
        this.keeping = keeping;
        this.records = records;
        this.runs = runs;
    }

    /** Takes a backup now and verifies it; returns it as it then stands. */
    public BackupRecord backUpAndVerify(BackupReason reason) {
        BackupRecord taken = backups.backUp(reason);
        if (!verifier.verify(taken)) {
            return taken;
        }
        BackupRecord verified = records.find(taken.id()).orElseThrow();
        keeping.prune(verified);
        return verified;
    }

    @Scheduled(cron = "${clientela.backups.cron:0 0 3 * * *}", zone = "${clientela.time-zone}")
    void daily() {
        AtomicReference<BackupRecord> done = new AtomicReference<>();
        runs.runExclusively(
                "backups.daily", Duration.ofHours(6), () -> done.set(backUpAndVerify(BackupReason.SCHEDULED)));
        if (done.get() != null && !done.get().verified()) {
            log.error(
                    "The daily backup {} could not be verified; the older backups are kept",
                    done.get().fileName());
        }
    }
}
