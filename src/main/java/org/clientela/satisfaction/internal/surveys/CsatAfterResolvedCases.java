package org.clientela.satisfaction.internal.surveys;

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

    CsatAfterResolvedCases(Surveys surveys) {
        this.surveys = surveys;
    }

    @ApplicationModuleListener
    void on(CaseResolved resolved) {
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
