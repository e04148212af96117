package org.clientela.service.web;

import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.letters.CaseFacts;
import org.clientela.service.internal.letters.CaseFacts.CaseFact;
import org.springframework.stereotype.Component;

/**
 * Opens real complaint cases for the letter tests, through the cases' own service, and answers
 * with what letters see of them ({@link CaseFacts}). A component on the test class path, so the
 * application's own scan finds it: every application test can autowire it without a configuration
 * of its own (which would give the class an application of its own).
 */
@Component
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
}
