package org.clientela.platform.security;

import java.time.Instant;

/**
 * The failed sign-ins of one user name or one client address, as kept in the database.
 *
 * @param failures     wrong passwords since the last lock ended (or since they were last forgotten)
 * @param locks        locks in a row, which makes the next one longer
 * @param lockedUntil  end of the current or last lock, or {@code null}
 * @param lastFailedAt the last failure, or {@code null}
 */
record FailedSignIns(int failures, int locks, Instant lockedUntil, Instant lastFailedAt) {

    static final FailedSignIns NONE = new FailedSignIns(0, 0, null, null);

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * The count after one more failure at {@code now}. A lock that has run out counts from zero again,
     * so a failure now and then can never keep anyone locked out; after {@code forgetAfter} without a
     * failure (or since the last lock ended) even the past locks are forgotten.
     */
    FailedSignIns afterFailure(Instant now, int limit, SignInSettings settings) {
        if (lockedAt(now)) {
            return this;
        }
        Instant lastActivity = lockedUntil == null || (lastFailedAt != null && lastFailedAt.isAfter(lockedUntil))
                ? lastFailedAt
                : lockedUntil;
        int count = failures;
        int locksInARow = locks;
        Instant until = lockedUntil;
        if (lastActivity == null || !lastActivity.plus(settings.forgetAfter()).isAfter(now)) {
            count = 0;
            locksInARow = 0;
            until = null;
        } else if (lockedUntil != null) {
            count = Math.min(count, countSince(lockedUntil));
        }
        count++;
        if (count >= limit) {
            locksInARow++;
            return new FailedSignIns(0, locksInARow, now.plus(settings.lockLength(locksInARow)), now);
        }
        return new FailedSignIns(count, locksInARow, until, now);
    }

    /**
     * Failures are zeroed when a lock starts and not counted while it lasts, so those kept beside an ended
     * lock came after it, as the last failure shows; kept from before it (older data), they count as none.
     */
    private int countSince(Instant lockEnd) {
        return lastFailedAt != null && !lastFailedAt.isBefore(lockEnd) ? failures : 0;
    }

    /** Whether this failure is the one that started a lock. */
    boolean lockStartedAt(Instant now) {
        return lockedAt(now) && now.equals(lastFailedAt);
    }
}
