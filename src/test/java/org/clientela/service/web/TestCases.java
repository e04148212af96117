package org.clientela.service.web;

import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.letters.CaseFacts;
import org.clientela.service.internal.letters.CaseFacts.CaseFact;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Opens real complaint cases for the letter tests, through the cases' own service, and answers
 * with what letters see of them ({@link CaseFacts}). Import it with
 * {@code @Import(TestCases.Configuration.class)}.
 */
public class TestCases {

    private final Cases cases;
    private final CaseFacts facts;

    TestCases(Cases cases, CaseFacts facts) {
        this.cases = cases;
        this.facts = facts;
    }

    /** A new complaint of {@code customerId} about {@code subject}, received by phone. */
    public CaseFact open(long customerId, String subject) {
        long id = cases.open(new CaseCommands.OpenCase(
                        customerId,
                        CaseType.COMPLAINT,
                        Channel.PHONE,
                        ComplaintReason.PRODUCT_FAILED,
                        Priority.NORMAL,
                        null,
                        subject,
                        null))
                .getId();
        return facts.find(id).orElseThrow();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        TestCases testCases(Cases cases, CaseFacts facts) {
            return new TestCases(cases, facts);
        }
    }
}
