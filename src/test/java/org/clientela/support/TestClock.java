package org.clientela.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock, which a test can move forward instead of waiting for time to pass. It is
 * the application's own clock (the business's time zone as the settings have it) plus an offset,
 * zero until a test {@link #advance advances} it, or a moment where a test {@link #stopAt stops}
 * it; a test that moves it {@link #reset resets} it when it ends, because the application and its
 * clock are shared with the classes that follow. Every {@link ApplicationTest} has it: autowire
 * {@code TestClock}.
 */
public final class TestClock extends Clock {

    private final Clock application;
    private final AtomicReference<Duration> offset;
    /** Where the clock stands still, or null while it runs. */
    private final AtomicReference<Instant> stopped;

    private TestClock(Clock application, AtomicReference<Duration> offset, AtomicReference<Instant> stopped) {
        this.application = application;
        this.offset = offset;
        this.stopped = stopped;
    }

    /** Moves the clock forward by {@code duration}, for the application and the test alike. */
    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /**
     * Stops the clock at {@code moment} (then {@link #advance} moves it from there), for figures
     * worked out by hand for a given day and hour.
     */
    public void stopAt(Instant moment) {
        offset.set(Duration.ZERO);
        stopped.set(moment);
    }

    /**
     * Moves the clock to {@code day} at the time of day it shows now. Days of 24 hours would not do:
     * across a change to or from summer time, 23:50 plus so many days is 00:50 of the day after.
     */
    public void moveTo(LocalDate day) {
        ZonedDateTime now = ZonedDateTime.now(this);
        advance(Duration.between(now.toInstant(), now.with(day).toInstant()));
    }

    /** Back to the application's own time. */
    public void reset() {
        stopped.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return application.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(application.withZone(zone), offset, stopped);
    }

    @Override
    public Instant instant() {
        Instant at = stopped.get();
        return (at != null ? at : application.instant()).plus(offset.get());
    }

    /**
     * Wraps the application's {@code clock} bean. A test that puts a clock of its own first
     * ({@code @Primary}) still gets that one.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor testClockAroundTheApplicationClock() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if ("clock".equals(beanName) && bean instanceof Clock clock) {
                        return new TestClock(clock, new AtomicReference<>(Duration.ZERO), new AtomicReference<>());
                    }
                    return bean;
                }
            };
        }
    }
}
