package org.clientela.service.internal.cases;

/** What was given to put things right. */
public enum ConcessionKind {
    REFUND,
    VOUCHER,
    FREE_ITEM,
    PRIORITY_SERVICE
}
