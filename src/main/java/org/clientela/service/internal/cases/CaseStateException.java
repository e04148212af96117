package org.clientela.service.internal.cases;

import org.clientela.platform.StateConflict;

/** A move the case's life does not allow, such as resolving a resolved case (409 {@code case-state}). */
public class CaseStateException extends StateConflict {

    CaseStateException(String reference, CaseStatus from, CaseStatus to) {
        super(
                "Case " + reference + " cannot go from " + from + " to " + to,
                from,
                to,
                "case-state",
                "service.case.state.refused");
    }

    @Override
    public CaseStatus from() {
        return (CaseStatus) super.from();
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {from(), to()};
    }
}
