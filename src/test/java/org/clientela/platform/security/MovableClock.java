package org.clientela.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.clientela.platform.ClientelaSettings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock, moved forward by a test instead of waiting. */
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

    /** Puts a movable clock in place of the application's, starting now to the millisecond (as databases keep it). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        MovableClock movableClock(ClientelaSettings settings) {
            return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), settings.timeZone());
        }
    }
}
