package org.clientela.service;

/**
 * Why a customer complains, in two families: operational reasons (the business did
 * not do what it promised) and human reasons (how the customer was treated). Only complaints carry
 * a reason.
 */
public enum ComplaintReason {
    NOT_AS_PROMISED(false),
    PRODUCT_FAILED(false),
    NOT_OPEN_WHEN_NEEDED(false),
    NOBODY_ANSWERS(false),
    CALL_DROPPED_ON_TRANSFER(false),
    BAD_ATTITUDE(true),
    UNWILLING_TO_SOLVE(true),
    INCOMPLETE_EXPLANATION(true),
    WONT_ADMIT_ERROR(true),
    NOT_KEPT_INFORMED(true),
    BROKEN_PROMISE(true),
    OTHER(false);

    private final boolean human;

    ComplaintReason(boolean human) {
        this.human = human;
    }

    /** Whether the reason is about how people treated the customer rather than about operations. */
    public boolean isHuman() {
        return human;
    }
}
