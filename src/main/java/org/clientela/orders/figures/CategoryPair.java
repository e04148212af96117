package org.clientela.orders.figures;

/**
 * Two categories and their common buyers.
 *
 * @param customers         customers who bought both {@code first} and {@code second}
 * @param stillBuyingSecond of those, customers who bought {@code second} on or after the day
 *                          asked for
 */
public record CategoryPair(long first, long second, long customers, long stillBuyingSecond) {}
