package org.clientela.service.internal.cases;

/** An internal note (colleagues only) or what the customer was told (counts as an update). */
public enum NoteKind {
    INTERNAL,
    TOLD_CUSTOMER
}
