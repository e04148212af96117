package org.clientela.service.internal.cases;

/** A move the case's life does not allow, such as resolving a resolved case (409 in the API). */
public class CaseStateException extends RuntimeException {

    private final CaseStatus from;
    private final CaseStatus to;

    CaseStateException(String reference, CaseStatus from, CaseStatus to) {
        super("Case " + reference + " cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }
}
