package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;

/**
 * A tier of a program and what it gives.
 *
 * @param rank               1 for the lowest tier, then 2, 3…
 * @param threshold          the value (in the program's basis) from which a member holds it, inclusive
 * @param discountPercent    a discount on purchases, or null
 * @param responseCutPercent by how many percent the response targets of the member's new cases are cut, or null
 * @param surprise           a surprise the tier brings (a gift on the anniversary…), or null
 */
public record Tier(
        int rank,
        String name,
        BigDecimal threshold,
        BigDecimal discountPercent,
        Integer responseCutPercent,
        String surprise) {

    public static final int NAME_MAX = 50;
    public static final int SURPRISE_MAX = 200;
    public static final BigDecimal THRESHOLD_MAX = new BigDecimal("999999999999.99");
}
