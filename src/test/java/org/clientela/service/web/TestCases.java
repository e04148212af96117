package org.clientela.service.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.clientela.service.internal.CaseFacts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Cases for the letter tests, kept in memory: until the cases side of the service module lands,
 * letters need somebody to answer {@link CaseFacts}. {@code @Primary}, so it also wins over the
 * real one once that exists. Import it with {@code @Import(TestCases.Configuration.class)}.
 */
public class TestCases implements CaseFacts {

    private final Map<Long, CaseFact> cases = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(900_000);

    /** A new case of {@code customerId} about {@code subject}. */
    public CaseFact open(long customerId, String subject) {
        long id = ids.incrementAndGet();
        CaseFact fact = new CaseFact(id, customerId, "C-2026-" + id, subject, null);
        cases.put(id, fact);
        return fact;
    }

    @Override
    public Optional<CaseFact> find(long caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestCases testCases() {
            return new TestCases();
        }
    }
}
