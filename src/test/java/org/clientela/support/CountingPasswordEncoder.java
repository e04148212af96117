package org.clientela.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder, counting how often a password is checked against its hash (a
 * bcrypt run each), so that a test can tell a remembered check from a new one. Every {@link
 * ApplicationTest} has it: autowire {@code CountingPasswordEncoder}; a module test imports {@link
 * Config}.
 *
 * <p>A decorator rather than a Mockito spy: Spring Security's encoders declare {@code matches}
 * final, and a spy of such a class needs Mockito's inline mock maker, which instruments {@code
 * Object.equals} in the whole test JVM.
 */
public final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Runnable beforeEachCheck;
    private final AtomicInteger checks = new AtomicInteger();

    private CountingPasswordEncoder(PasswordEncoder encoder, Runnable beforeEachCheck) {
        this.encoder = encoder;
        this.beforeEachCheck = beforeEachCheck;
    }

    /**
     * A counting encoder of a test's own around {@code encoder}, running {@code beforeEachCheck}
     * before each check (to hold a check while other requests arrive, say).
     */
    public static CountingPasswordEncoder around(PasswordEncoder encoder, Runnable beforeEachCheck) {
        return new CountingPasswordEncoder(encoder, beforeEachCheck);
    }

    /** How many passwords were checked since the application started or {@link #forget} was called. */
    public int checks() {
        return checks.get();
    }

    /** Starts counting again from zero. */
    public void forget() {
        checks.set(0);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.incrementAndGet();
        beforeEachCheck.run();
        return encoder.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** Wraps the application's {@code passwordEncoder} bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor countingPasswordEncoder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return "passwordEncoder".equals(beanName) && bean instanceof PasswordEncoder encoder
                            ? new CountingPasswordEncoder(encoder, () -> {})
                            : bean;
                }
            };
        }
    }
}
