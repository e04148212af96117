package org.clientela.satisfaction.internal.gestures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A surprise or an apology given to a customer: what it was, why, what it cost, who gave it and
 * on which day, and the case or order it belongs to.
 *
 * @param type     what it was within its kind, or null when not said
 * @param cost     what it cost the business, in the business's currency (0 for a kind word)
 * @param caseId   the case it belongs to (an apology for a complaint), or null
 * @param orderId  the order it belongs to (an extra in a parcel), or null
 */
public record Gesture(
        long id,
        long customerId,
        GestureKind kind,
        GestureType type,
        String description,
        String reason,
        BigDecimal cost,
        Long caseId,
        Long orderId,
        String givenBy,
        LocalDate givenOn,
        Instant createdAt) {

    public static final int DESCRIPTION_MAX = 500;
    public static final int REASON_MAX = 500;
    /** The dearest gesture taken: a larger sum is a typing slip, or not a gesture. */
    public static final BigDecimal COST_MAX = new BigDecimal("100000.00");
    /** How far back a gesture may be entered. */
    public static final int PAST_DAYS_MAX = 730;
}
