package org.clientela.satisfaction.internal.surveys;

/**
 * A request to ask a customer.
 *
 * @param caseId   the case it is about (CSAT after a case), or null
 * @param orderId  the order it is about (a follow-up call), or null
 * @param language es or en; null: Spanish
 */
public record SurveyRequest(
        long customerId, SurveyKind kind, SurveyMode mode, Long caseId, Long orderId, String language) {}
