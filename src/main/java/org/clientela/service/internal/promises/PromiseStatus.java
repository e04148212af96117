package org.clientela.service.internal.promises;

/** A promise is pending until it is kept or its due moment passes (broken). */
public enum PromiseStatus {
    PENDING, KEPT, BROKEN
}
