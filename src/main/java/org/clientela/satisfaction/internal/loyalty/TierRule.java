package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which tier a value reaches, and whether a member moves to it now. A value reaches a tier when it
 * is at least the tier's threshold (so 500.00 reaches a tier of 500, 499.99 does not). A member
 * goes up as soon as the value reaches a higher tier, and down only at a review: a customer whose
 * spend dips for a month keeps the tier they earned until the program looks again.
 */
public final class TierRule {

    private TierRule() {}

    /** The rank of the highest tier {@code value} reaches, or null when it reaches none. */
    public static Integer qualifiedRank(List<Tier> tiers, BigDecimal value) {
        Integer best = null;
        for (Tier tier : tiers) {
            if (value.compareTo(tier.threshold()) >= 0 && (best == null || tier.rank() > best)) {
                best = tier.rank();
            }
        }
        return best;
    }

    /**
     * The tier a member holds after a recomputation.
     *
     * @param current   the rank held, or null
     * @param qualified the rank the value reaches, or null
     * @param review    whether today is a review (downgrades happen)
     */
    public static Integer next(Integer current, Integer qualified, boolean review) {
        int held = current == null ? 0 : current;
        int reached = qualified == null ? 0 : qualified;
        if (reached > held || (review && reached < held)) {
            return qualified;
        }
        return current;
    }

    /** The move from {@code current} to {@code next}, or null when they are the same. */
    public static TierMove move(Integer current, Integer next) {
        int from = current == null ? 0 : current;
        int to = next == null ? 0 : next;
        return to > from ? TierMove.UPGRADE : to < from ? TierMove.DOWNGRADE : null;
    }
}
