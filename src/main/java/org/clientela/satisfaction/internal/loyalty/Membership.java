package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer's membership of a program.
 *
 * @param tier      the tier held, or null while the value reaches none
 * @param tierSince when the tier was reached (or the membership began)
 * @param value     the value the tier was last computed from
 * @param history   every tier held, newest first
 */
public record Membership(
        long id,
        long programId,
        String programName,
        TierBasis basis,
        long customerId,
        Instant joinedAt,
        JoinChannel joinedVia,
        Tier tier,
        Instant tierSince,
        BigDecimal value,
        List<Change> history) {

    /** One change of tier; a tier is null when none was held. */
    public record Change(TierMove move, String fromTier, String toTier, Instant at) {}
}
