package org.clientela.satisfaction.internal.ideas;

/** What a customer's idea is about. */
public enum IdeaArea {
    PRODUCT,
    SERVICE,
    PRICE,
    OTHER
}
