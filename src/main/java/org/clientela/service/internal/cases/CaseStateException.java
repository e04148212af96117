package org.clientela.service.internal.cases;

import org.clientela.platform.StateConflict;

/** A move the case's life does not allow, such as resolving a resolved case (409 {@code case-state}). */
public class CaseStateException extends StateConflict {

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

    @Override
    public String problemType() {
        return "case-state";
    }

    @Override
    public String messageKey() {
        return "service.case.state.refused";
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {from, to};
    }
}
