package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.retention.internal.segments.WhatElse;
import org.clientela.retention.internal.segments.WhatElse.Bought;
import org.clientela.retention.internal.segments.WhatElse.Kind;
import org.clientela.retention.internal.segments.WhatElse.Pair;
import org.clientela.retention.internal.segments.WhatElse.Suggestion;
import org.junit.jupiter.api.Test;

/**
 * Hand-made pair counts over 200 buyers: Café (1) 100 buyers, Té (2) 80, Azúcar (3) 50,
 * Tazas (4) 40, Pan (5) 150.
 */
class WhatElseTests {

    static final LocalDate SINCE = LocalDate.of(2026, 5, 1);
    static final Map<Long, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(1L, "Café");
        NAMES.put(2L, "Té");
        NAMES.put(3L, "Azúcar");
        NAMES.put(4L, "Tazas");
        NAMES.put(5L, "Pan");
    }

    final List<Pair> pairs = new ArrayList<>();

    void both(long a, long b, long customers, long stillBuyingB, long stillBuyingA) {
        pairs.add(new Pair(a, b, customers, stillBuyingB));
        pairs.add(new Pair(b, a, customers, stillBuyingA));
    }

    void alone(long a, long customers, long still) {
        pairs.add(new Pair(a, a, customers, still));
    }

    WhatElse model(int minCustomers) {
        alone(1, 100, 90);
        alone(2, 80, 60);
        alone(3, 50, 40);
        alone(4, 40, 20);
        alone(5, 150, 140);
        both(1, 2, 64, 50, 60); // 64 % of Café buyers buy Té; Té 40 % of all: lift 1.6
        both(1, 3, 30, 28, 27); // 30 %; Azúcar 25 % of all: lift 1.2
        both(1, 4, 8, 4, 8); // 8 buyers: under the minimum of 10
        both(1, 5, 70, 65, 60); // 70 %; Pan 75 % of all: lift 0.93, no better than anyone
        both(2, 3, 20, 10, 18);
        return new WhatElse(pairs, NAMES, 200, minCustomers);
    }

    @Test
    void suggestsWhatBuyersOfTheSameCategoryBuyWithALiftAboveOne() {
        List<Suggestion> s = model(10).suggest(List.of(new Bought(1, "Café", SINCE.plusDays(10))), SINCE);

        assertThat(s).extracting(Suggestion::category).containsExactly("Té", "Azúcar");
        assertThat(s.get(0).kind()).isEqualTo(Kind.MISSING);
        assertThat(s.get(0).because()).isEqualTo("Café");
        assertThat(s.get(0).share()).isCloseTo(0.64, offset(1e-12));
        assertThat(s.get(0).customers()).isEqualTo(100);
        assertThat(s.get(0).lift()).isCloseTo(0.64 / 0.40, offset(1e-12));
        assertThat(s.get(1).share()).isCloseTo(0.30, offset(1e-12));
        assertThat(s.get(1).lift()).isCloseTo(0.30 / 0.25, offset(1e-12));
    }

    @Test
    void aLowerMinimumLetsThinEvidenceThrough() {
        List<Suggestion> s = model(5).suggest(List.of(new Bought(1, "Café", SINCE.plusDays(10))), SINCE);

        // Tazas: 8 of 100 = 8 %, Tazas 20 % of all buyers: lift 0.4, still refused
        assertThat(s).extracting(Suggestion::category).containsExactly("Té", "Azúcar");
    }

    @Test
    void takesTheStrongestEvidenceAmongTheCategoriesTheCustomerBuys() {
        // Buys Café and Té: Azúcar via Café 30/100 = 0.30, via Té 20/80 = 0.25 (lift 1.0: refused anyway)
        List<Suggestion> s = model(10)
                .suggest(
                        List.of(new Bought(1, "Café", SINCE.plusDays(3)), new Bought(2, "Té", SINCE.plusDays(3))),
                        SINCE);

        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo("Azúcar");
            assertThat(x.because()).isEqualTo("Café");
        });
    }

    @Test
    void aCategoryDroppedWhileSimilarCustomersKeepBuyingIt() {
        LocalDate lastTea = SINCE.minusDays(40);
        List<Suggestion> s = model(10)
                .suggest(List.of(new Bought(1, "Café", SINCE.plusDays(3)), new Bought(2, "Té", lastTea)), SINCE);

        // Of the 64 who buy Café and Té, 50 bought Té since SINCE: 78 %
        assertThat(s.get(0).kind()).isEqualTo(Kind.DROPPED);
        assertThat(s.get(0).category()).isEqualTo("Té");
        assertThat(s.get(0).because()).isEqualTo("Café");
        assertThat(s.get(0).share()).isCloseTo(50.0 / 64, offset(1e-12));
        assertThat(s.get(0).customers()).isEqualTo(64);
        assertThat(s.get(0).lastPurchase()).isEqualTo(lastTea);
        assertThat(s).extracting(Suggestion::category).containsExactly("Té", "Azúcar");
    }

    @Test
    void aCategoryMostPeopleDropIsNotSuggested() {
        // Of the 20 who buy Té and Azúcar, 10 still buy Azúcar: 50 %, enough; via Café 28/30
        // Of those who buy Café and Tazas (8) too few; so a dropped Tazas is never suggested
        List<Suggestion> s = model(10)
                .suggest(
                        List.of(new Bought(1, "Café", SINCE.plusDays(3)), new Bought(4, "Tazas", SINCE.minusDays(100))),
                        SINCE);

        assertThat(s).extracting(Suggestion::category).doesNotContain("Tazas").contains("Té");
    }

    @Test
    void nothingToSuggestForACategoryNobodyElseBuys() {
        List<Suggestion> s = new WhatElse(List.of(new Pair(9, 9, 3, 3)), Map.of(9L, "Raro"), 200, 10)
                .suggest(List.of(new Bought(9, "Raro", SINCE)), SINCE);

        assertThat(s).isEmpty();
    }

    @Test
    void keepsTheBestThree() {
        alone(6, 10, 10);
        alone(7, 10, 10);
        both(1, 6, 20, 20, 20);
        both(1, 7, 25, 25, 25);
        Map<Long, String> names = new LinkedHashMap<>(NAMES);
        names.put(6L, "Leche");
        names.put(7L, "Galletas");
        model(10);
        List<Suggestion> s =
                new WhatElse(pairs, names, 200, 10).suggest(List.of(new Bought(1, "Café", SINCE.plusDays(1))), SINCE);

        assertThat(s).extracting(Suggestion::category).containsExactly("Té", "Azúcar", "Galletas");
    }
}
