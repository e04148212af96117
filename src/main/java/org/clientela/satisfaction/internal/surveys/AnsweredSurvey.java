package org.clientela.satisfaction.internal.surveys;

/**
 * A survey answered there and then — by phone during a follow-up call, or by a colleague on the page
 * of the internal request they made — entered into the ledger in one step.
 *
 * @param customerId        the customer asked, or null when {@code respondentUser} is set
 * @param respondentUser    the user of ours asked (internal requests), or null
 * @param caseId            the case it is about, or null
 * @param orderId           the order it is about, or null
 * @param internalRequestId the internal request it is about, or null
 * @param ownerUser         whom the answer is credited to, or null
 * @param caseType          the case's type name, or null
 * @param askedBy           who asked (phone) or null
 */
public record AnsweredSurvey(
        SurveyKind kind,
        SurveyMode mode,
        Long customerId,
        String respondentUser,
        Long caseId,
        Long orderId,
        Long internalRequestId,
        String ownerUser,
        String caseType,
        String language,
        String askedBy,
        int score,
        String comment) {

    /** The longest comment kept. */
    public static final int COMMENT_MAX = 2000;
}
