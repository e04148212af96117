package org.clientela.retention.internal.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "What else could they buy?": scores the categories a customer could buy from what customers
 * with the same purchases do. Pure arithmetic over the category pairs, so it is exact and tested.
 * <ul>
 * <li><b>Missing</b> — a category the customer never bought. For each category {@code a} they do
 * buy, the confidence is the share of {@code a}'s buyers who also buy {@code c}; it counts only
 * when at least {@code minCustomers} buy both and when buying {@code a} makes {@code c} more likely
 * than among all buyers (lift above 1). The best {@code a} is the evidence.</li>
 * <li><b>Dropped</b> — a category the customer bought, but not since {@code recentSince}. Of the
 * customers who bought both {@code a} and {@code c}, the share who still bought {@code c} since
 * then; at least half must, or it is a category everyone drops, not this customer.</li>
 * </ul>
 * Suggestions are ranked by that share and the best {@link #LIMIT} are kept.
 */
public final class WhatElse {

    public static final int LIMIT = 3;

    /** Dropped counts only when at least this share of similar customers still buys the category. */
    static final double STILL_BUYING_AT_LEAST = 0.5;

    private final Map<Long, Map<Long, Counts>> pairs = new HashMap<>();
    private final Map<Long, String> names;
    private final long buyers;
    private final int minCustomers;

    /**
     * @param buyers       all customers with purchases (the base of the lift)
     * @param minCustomers fewest customers behind a piece of evidence
     */
    public WhatElse(List<Pair> pairs, Map<Long, String> names, long buyers, int minCustomers) {
        pairs.forEach(p -> this.pairs
                .computeIfAbsent(p.first(), k -> new HashMap<>())
                .put(p.second(), new Counts(p.customers(), p.stillBuying())));
        this.names = names;
        this.buyers = buyers;
        this.minCustomers = minCustomers;
    }

    public List<Suggestion> suggest(List<Bought> bought, LocalDate recentSince) {
        Map<Long, Bought> own = new HashMap<>();
        bought.forEach(b -> own.put(b.categoryId(), b));
        List<Suggestion> suggestions = new ArrayList<>();
        for (Long candidate : names.keySet()) {
            Bought mine = own.get(candidate);
            Suggestion best = null;
            for (Bought base : bought) {
                if (base.categoryId() == candidate) {
                    continue;
                }
                Suggestion s = mine == null ? missing(base, candidate) : dropped(base, mine, recentSince);
                if (s != null && (best == null || s.share() > best.share())) {
                    best = s;
                }
            }
            if (best != null) {
                suggestions.add(best);
            }
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::share)
                .reversed()
                .thenComparing(Suggestion::customers, Comparator.reverseOrder())
                .thenComparing(Suggestion::category));
        return suggestions.size() > LIMIT ? List.copyOf(suggestions.subList(0, LIMIT)) : suggestions;
    }

    private Suggestion missing(Bought base, long candidate) {
        Counts both = counts(base.categoryId(), candidate);
        Counts baseBuyers = counts(base.categoryId(), base.categoryId());
        Counts candidateBuyers = counts(candidate, candidate);
        if (both.customers() < minCustomers || baseBuyers.customers() == 0 || buyers == 0) {
            return null;
        }
        double confidence = (double) both.customers() / baseBuyers.customers();
        double lift = confidence / ((double) candidateBuyers.customers() / buyers);
        if (lift <= 1) {
            return null;
        }
        return new Suggestion(
                Kind.MISSING, names.get(candidate), base.name(), confidence, baseBuyers.customers(), lift, null);
    }

    private Suggestion dropped(Bought base, Bought mine, LocalDate recentSince) {
        if (!mine.lastPurchase().isBefore(recentSince)) {
            return null;
        }
        Counts both = counts(base.categoryId(), mine.categoryId());
        if (both.customers() < minCustomers) {
            return null;
        }
        double stillBuying = (double) both.stillBuying() / both.customers();
        if (stillBuying < STILL_BUYING_AT_LEAST) {
            return null;
        }
        return new Suggestion(
                Kind.DROPPED, mine.name(), base.name(), stillBuying, both.customers(), 0, mine.lastPurchase());
    }

    private Counts counts(long first, long second) {
        return pairs.getOrDefault(first, Map.of()).getOrDefault(second, Counts.NONE);
    }

    public enum Kind {
        MISSING,
        DROPPED
    }

    /** Customers buying {@code first} and {@code second}, and of those, still buying {@code second}. */
    public record Pair(long first, long second, long customers, long stillBuying) {}

    public record Bought(long categoryId, String name, LocalDate lastPurchase) {}

    /**
     * @param category     what to offer
     * @param because      the category the customer buys that is the evidence
     * @param share        MISSING: share of {@code because}'s buyers who also buy {@code category};
     *                     DROPPED: share of those who buy both who still buy {@code category}
     * @param customers    MISSING: buyers of {@code because}; DROPPED: buyers of both
     * @param lift         MISSING: how many times likelier than among all buyers; DROPPED: 0
     * @param lastPurchase DROPPED: when the customer last bought {@code category}
     */
    public record Suggestion(
            Kind kind,
            String category,
            String because,
            double share,
            long customers,
            double lift,
            LocalDate lastPurchase) {}

    private record Counts(long customers, long stillBuying) {
        static final Counts NONE = new Counts(0, 0);
    }
}
