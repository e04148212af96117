package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seven daily and four weekly backups are kept; the rest go, and never a backup newer than the verified one. */
class BackupKeepingTests {

    static final ZoneId CANARY = ZoneId.of("Atlantic/Canary");
    // A Monday, 03:00 in the Canaries.
    static final Instant MONDAY = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void keepsTheLastSevenDaysAndTheLastOfEachOfFourWeeks() {
        List<BackupRecord> all = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            all.add(0, backup(day + 1, MONDAY.minus(Duration.ofDays(39 - day)), true));
        }
        BackupRecord newest = all.get(0);

        List<Long> removed = ids(BackupKeeping.unkept(all, newest, 7, 4, CANARY));

        List<Long> kept = all.stream()
                .map(BackupRecord::id)
                .filter(id -> !removed.contains(id))
                .toList();
        // Days 40 (Monday) back to 34; the Sundays that end the three weeks before: 39, 32, 25.
        assertThat(kept).containsExactly(40L, 39L, 38L, 37L, 36L, 35L, 34L, 32L, 25L);
    }

    @Test
    void anUnverifiedBackupDoesNotCountAndGoesOnceANewerOneIsVerified() {
        BackupRecord failed = backup(1, MONDAY.minus(Duration.ofDays(1)), false);
        BackupRecord good = backup(2, MONDAY.minus(Duration.ofDays(2)), true);
        BackupRecord newest = backup(3, MONDAY, true);
        BackupRecord later = backup(4, MONDAY.plus(Duration.ofHours(1)), false);

        assertThat(ids(BackupKeeping.unkept(List.of(later, newest, failed, good), newest, 7, 4, CANARY)))
                .containsExactly(1L);
    }

    @Test
    void severalBackupsOnOneDayKeepTheLatestOfTheDay() {
        BackupRecord morning = backup(1, MONDAY, true);
        BackupRecord evening = backup(2, MONDAY.plus(Duration.ofHours(10)), true);
        BackupRecord yesterday = backup(3, MONDAY.minus(Duration.ofDays(1)), true);

        assertThat(ids(BackupKeeping.unkept(List.of(evening, morning, yesterday), evening, 7, 4, CANARY)))
                .containsExactly(1L);
    }

    @Test
    void theDataARestoreReplacedIsKeptForTheDailyPeriodThoughNotVerified() {
        BackupRecord newest = backup(1, MONDAY, true);
        BackupRecord recentRestore = new BackupRecord(
                2, MONDAY.minus(Duration.ofDays(3)), "r2.zip", 1, 1, BackupReason.BEFORE_RESTORE, false, null);
        BackupRecord oldRestore = new BackupRecord(
                3, MONDAY.minus(Duration.ofDays(8)), "r3.zip", 1, 1, BackupReason.BEFORE_RESTORE, false, null);

        assertThat(ids(BackupKeeping.unkept(List.of(newest, recentRestore, oldRestore), newest, 7, 4, CANARY)))
                .containsExactly(3L);
    }

    static BackupRecord backup(long id, Instant at, boolean verified) {
        return new BackupRecord(
                id, at, "b" + id + ".zip", 1, 1, BackupReason.SCHEDULED, verified, verified ? at : null);
    }

    static List<Long> ids(List<BackupRecord> backups) {
        return backups.stream().map(BackupRecord::id).toList();
    }
}
