package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The counting rule on its own: locks run out and count from zero, grow in a row, are forgotten. */
class FailedSignInsTests {

    final SignInSettings settings =
            new SignInSettings(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));
    final Instant start = Instant.parse("2026-12-06T10:00:00Z");

    FailedSignIns fail(FailedSignIns state, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            state = state.afterFailure(at, settings.maxFailures(), settings);
        }
        return state;
    }

    @Test
    void theFifthFailureLocksAndFailuresWhileLockedChangeNothing() {
        FailedSignIns four = fail(FailedSignIns.NONE, 4, start);
        assertThat(four.lockedAt(start)).isFalse();
        FailedSignIns five = fail(four, 1, start);
        assertThat(five.lockedUntil()).isEqualTo(start.plusSeconds(60));
        assertThat(five.lockStartedAt(start)).isTrue();
        assertThat(fail(five, 10, start.plusSeconds(30))).isEqualTo(five);
    }

    @Test
    void aLockThatRanOutCountsFromZero() {
        FailedSignIns locked = fail(FailedSignIns.NONE, 5, start);
        FailedSignIns after = fail(locked, 4, start.plusSeconds(60));
        assertThat(after.lockedAt(start.plusSeconds(60))).isFalse();
        assertThat(after.failures()).isEqualTo(4);
    }

    @Test
    void olderRowsCountedDuringALockCountAsNoneOnceItRanOut() {
        FailedSignIns before = new FailedSignIns(9, 0, start, null);
        assertThat(fail(before, 1, start.plusSeconds(1)).failures()).isEqualTo(1);
    }

    @Test
    void locksInARowDoubleUpToTheCapAndAQuietSpellForgetsThem() {
        FailedSignIns state = FailedSignIns.NONE;
        Instant now = start;
        long[] minutes = {1, 2, 4, 8, 15, 15};
        for (long expected : minutes) {
            state = fail(state, 5, now);
            assertThat(Duration.between(now, state.lockedUntil())).isEqualTo(Duration.ofMinutes(expected));
            now = state.lockedUntil();
        }
        FailedSignIns quiet = fail(state, 5, now.plus(settings.forgetAfter()));
        assertThat(quiet.locks()).isEqualTo(1);
        assertThat(Duration.between(now.plus(settings.forgetAfter()), quiet.lockedUntil()))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void failuresFarApartNeverAddUp() {
        FailedSignIns state = FailedSignIns.NONE;
        for (int i = 0; i < 20; i++) {
            state = fail(state, 1, start.plus(settings.forgetAfter().multipliedBy(i)));
            assertThat(state.failures()).isEqualTo(1);
        }
        assertThat(state.lockedUntil()).isNull();
    }
}
