package org.clientela.satisfaction.internal.surveys;

import org.clientela.customers.BlockedCustomers;
import org.clientela.service.CaseResolved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every resolved case asks its customer, by e-mail, how the case went (CSAT), unless a rule skips
 * it. The listener runs after the case's transaction committed, from the event publication registry:
 * a request that failed is tried again, and the fatigue cap keeps a retry from asking twice.
 */
@Component
class CsatAfterResolvedCases {

    private final Surveys surveys;
    private final BlockedCustomers blocked;

    CsatAfterResolvedCases(Surveys surveys, BlockedCustomers blocked) {
        this.surveys = surveys;
        this.blocked = blocked;
    }

    @ApplicationModuleListener
    void on(CaseResolved resolved) {
        if (blocked.isBlocked(resolved.customerId().value())) {
            return; // a blocked customer is asked nothing
        }
        surveys.ask(
                new SurveyRequest(
                        resolved.customerId().value(),
                        SurveyKind.CSAT,
                        SurveyMode.LINK,
                        resolved.caseId().value(),
                        null,
                        null),
                "system",
                false,
                null);
    }
}
