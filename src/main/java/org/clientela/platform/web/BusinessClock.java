package org.clientela.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The system clock whose zone is the business's time zone at the moment it is asked, so that a
 * change on the settings page moves "today" at once, on every instance.
 */
final class BusinessClock extends Clock {

    private final Supplier<ZoneId> zone;

    BusinessClock(Supplier<ZoneId> zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
