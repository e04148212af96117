package org.clientela.backups.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.BusinessSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which backups are kept: the newest verified one; the latest verified backup of each of the last
 * {@code keepDaily} days that have one; of each of the last {@code keepWeekly} ISO weeks; and every
 * backup a restore took of the data it replaced during the last {@code keepDaily} days (not verified,
 * so that a restore does not take twice as long, and the only way back from a restore by mistake).
 * Asked only after a new backup is verified, so an old backup is never removed before a newer one is
 * known to restore; backups that failed their verification go then too.
 */
@Component
class BackupKeeping {

    private static final Logger log = LoggerFactory.getLogger(BackupKeeping.class);

    private final BackupRecords records;
    private final Backups backups;
    private final BackupSettings settings;
    private final BusinessSettings business;

    BackupKeeping(BackupRecords records, Backups backups, BackupSettings settings, BusinessSettings business) {
        this.records = records;
        this.backups = backups;
        this.settings = settings;
        this.business = business;
    }

    /** Removes the backups no longer kept, once {@code verified} is. */
    List<BackupRecord> prune(BackupRecord verified) {
        if (!verified.verified()) {
            throw new IllegalArgumentException("Old backups are removed only after a new one is verified");
        }
        List<BackupRecord> removed =
                unkept(records.all(), verified, settings.keepDaily(), settings.keepWeekly(), business.timeZone());
        for (BackupRecord backup : removed) {
            try {
                Files.deleteIfExists(backups.file(backup));
                records.remove(backup.id());
            } catch (IOException e) {
                log.warn("Cannot remove the old backup {}", backup.fileName(), e);
            }
        }
        return removed;
    }

    /** The backups of {@code all} (the latest first) that the rule does not keep. */
    static List<BackupRecord> unkept(
            List<BackupRecord> all, BackupRecord newest, int keepDaily, int keepWeekly, ZoneId zone) {
        Set<Long> kept = new HashSet<>();
        kept.add(newest.id());
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        java.time.Instant restoresSince = newest.createdAt().minus(java.time.Duration.ofDays(keepDaily));
        for (BackupRecord backup : all) {
            if (backup.reason() == BackupReason.BEFORE_RESTORE
                    && backup.createdAt().isAfter(restoresSince)) {
                kept.add(backup.id());
            }
            if (!backup.verified() || backup.createdAt().isAfter(newest.createdAt())) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(backup.createdAt(), zone);
            if (!days.contains(day) && days.size() < keepDaily) {
                days.add(day);
                kept.add(backup.id());
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!weeks.contains(week) && weeks.size() < keepWeekly) {
                weeks.add(week);
                kept.add(backup.id());
            }
        }
        List<BackupRecord> unkept = new ArrayList<>();
        for (BackupRecord backup : all) {
            if (!kept.contains(backup.id()) && !backup.createdAt().isAfter(newest.createdAt())) {
                unkept.add(backup);
            }
        }
        return unkept;
    }
}
