package org.clientela.service.internal.investigations;

/** Why we dropped the ball: a short list so that recurring causes can be counted. */
public enum RootCause {
    /** We promised more, or sooner, than we could deliver. */
    PROMISED_TOO_MUCH,
    /** Nobody told the customer, or told them late or wrongly. */
    COMMUNICATION,
    /** A step of how we work is missing or wrong. */
    PROCESS,
    /** Someone did not know how, or was not trained. */
    TRAINING,
    /** A supplier or carrier failed us. */
    SUPPLIER,
    /** The product itself was faulty. */
    PRODUCT,
    /** A system or tool failed or misled us. */
    SYSTEM,
    /** Not enough people or time. */
    WORKLOAD,
    OTHER
}
