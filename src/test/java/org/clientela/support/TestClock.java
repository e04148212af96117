package org.clientela.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock, which a test can move forward instead of waiting for time to pass. It is
 * the application's own clock (the business's time zone as the settings have it) plus an offset,
 * zero until a test {@link #advance advances} it; a test that advances it {@link #reset resets} it
 * when it ends, because the application and its clock are shared with the classes that follow.
 * Every {@link ApplicationTest} has it: autowire {@code TestClock}.
 */
public final class TestClock extends Clock {

    private final Clock application;
    private final AtomicReference<Duration> offset;

    private TestClock(Clock application, AtomicReference<Duration> offset) {
        this.application = application;
        this.offset = offset;
    }

    /** Moves the clock forward by {@code duration}, for the application and the test alike. */
    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Back to the application's own time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return application.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(application.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return application.instant().plus(offset.get());
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
                        return new TestClock(clock, new AtomicReference<>(Duration.ZERO));
                    }
                    return bean;
                }
            };
        }
    }
}
