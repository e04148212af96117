package org.clientela.sales.internal.activities;

/** Why a prospect said no: the taxonomy the lost-deal figures are split by. */
public enum LostReason {
    PRICE,
    TIMING,
    COMPETITOR,
    NO_BUDGET,
    NO_DECISION_MAKER,
    NO_NEED,
    NO_ANSWER,
    OTHER
}
