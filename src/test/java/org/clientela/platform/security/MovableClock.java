package org.clientela.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that a test moves forward instead of waiting, for the classes it builds itself. */
final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock in UTC standing at {@code instant} (ISO-8601) until a test moves it. */
    static MovableClock at(String instant) {
        return new MovableClock(Instant.parse(instant), ZoneOffset.UTC);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
