package org.clientela.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in with a password is throttled, under {@code clientela.security.login.*}. Wrong passwords
 * are counted per user name and per client address; reaching the limit locks that name or address for
 * {@code firstLock}, each further lock in a row twice as long, never longer than {@code maxLock}. A lock
 * that has run out starts the count from zero, and so does a quiet spell of {@code forgetAfter}; a
 * right password (for a user name) and an administrator's unlock forget it all.
 *
 * @param maxFailures           wrong passwords for one user name before it is locked
 * @param maxFailuresPerAddress failed sign-ins from one client address (any user names, known or not)
 *                              before the address is locked
 * @param firstLock             length of the first lock
 * @param maxLock               the longest a lock can get
 * @param forgetAfter           failures and past locks are forgotten after this long without a failure
 */
@ConfigurationProperties("clientela.security.login")
record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("15m") Duration maxLock,
        @DefaultValue("15m") Duration forgetAfter) {

    SignInSettings {
        if (maxFailures < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("clientela.security.login.max-failures* must be at least 1");
        }
        if (firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException(
                    "clientela.security.login.first-lock must be positive and max-lock not shorter than it");
        }
    }

    /** The length of the {@code n}th lock in a row (1 for the first): doubling, capped. */
    Duration lockLength(int n) {
        if (n > 30) {
            return maxLock;
        }
        Duration length = firstLock.multipliedBy(1L << Math.max(0, n - 1));
        return length.compareTo(maxLock) > 0 ? maxLock : length;
    }
}
