package org.clientela.satisfaction.internal.loyalty;

/** How a customer was invited and joined. */
public enum JoinChannel {
    /** By e-mail: the customer joined through the single-use link themselves. */
    EMAIL,
    /** The customer said yes to a person of ours, who noted it. */
    IN_PERSON
}
