package org.clientela.satisfaction.internal.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A loyalty program: its tiers (lowest first), what they are measured by, and when members may
 * next go down a tier.
 *
 * @param reviewMonths months between two reviews; downgrades wait for a review, upgrades do not
 * @param nextReview   the day of the next review
 * @param recomputedAt the last recomputation of the tiers, or null
 */
public record Program(
        long id,
        String name,
        TierBasis basis,
        int reviewMonths,
        LocalDate nextReview,
        List<Tier> tiers,
        Instant recomputedAt,
        Long recomputeMs) {

    public static final int NAME_MAX = 100;
    public static final int TIERS_MAX = 10;
    public static final int REVIEW_MONTHS_MAX = 36;

    public Program {
        tiers = List.copyOf(tiers);
    }

    public Optional<Tier> tier(Integer rank) {
        return rank == null
                ? Optional.empty()
                : tiers.stream().filter(t -> t.rank() == rank).findFirst();
    }
}
