package org.clientela.satisfaction.internal.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which tier a value reaches at each boundary, when a member moves, and what a program may not be. */
class TierRuleTests {

    static final List<Tier> TIERS = List.of(
            new Tier(1, "Bronce", new BigDecimal("100.00"), null, null, null),
            new Tier(2, "Plata", new BigDecimal("500.00"), new BigDecimal("5"), null, null),
            new Tier(3, "Oro", new BigDecimal("2000.00"), null, 50, "Regalo"));

    @ParameterizedTest
    @CsvSource({
        "0.00,",
        "99.99,",
        "100.00,1",
        "100.01,1",
        "499.99,1",
        "500.00,2",
        "500.01,2",
        "1999.99,2",
        "2000.00,3",
        "2000.01,3",
        "1000000,3"
    })
    void aValueReachesTheHighestTierWhoseThresholdItMeets(String value, Integer rank) {
        assertThat(TierRule.qualifiedRank(TIERS, new BigDecimal(value))).isEqualTo(rank);
    }

    @Test
    void aTierOfZeroTakesEveryMember() {
        List<Tier> fromZero = List.of(new Tier(1, "Socio", BigDecimal.ZERO, null, null, null));
        assertThat(TierRule.qualifiedRank(fromZero, BigDecimal.ZERO)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        // current, qualified, review, next
        "1,2,false,2", // up at once
        "1,3,false,3",
        ",1,false,1",
        "3,1,false,3", // down waits for the review
        "3,,false,3",
        "3,1,true,1", // down at the review
        "3,,true,",
        "2,2,true,2",
        "2,3,true,3"
    })
    void upgradesAtOnceDowngradesOnlyAtTheReview(Integer current, Integer qualified, boolean review, Integer next) {
        assertThat(TierRule.next(current, qualified, review)).isEqualTo(next);
        TierMove move = TierRule.move(current, next);
        int from = current == null ? 0 : current;
        int to = next == null ? 0 : next;
        assertThat(move).isEqualTo(to > from ? TierMove.UPGRADE : to < from ? TierMove.DOWNGRADE : null);
    }

    @Test
    void thresholdsMustGoStrictlyUp() {
        List<Tier> tiers = new ArrayList<>(TIERS);
        tiers.set(2, new Tier(0, "Oro", new BigDecimal("500.00"), null, null, null));
        assertThat(fields(new NewProgram("Club", TierBasis.SPEND, 12, tiers))).containsExactly("tiers[2].threshold");
        tiers.set(2, new Tier(0, "Oro", new BigDecimal("499.99"), null, null, null));
        assertThat(fields(new NewProgram("Club", TierBasis.SPEND, 12, tiers))).containsExactly("tiers[2].threshold");
        tiers.set(2, new Tier(0, "Oro", new BigDecimal("500.01"), null, null, null));
        assertThat(fields(new NewProgram("Club", TierBasis.SPEND, 12, tiers))).isEmpty();
    }

    @Test
    void eachWrongFieldIsNamed() {
        List<Tier> tiers = List.of(
                new Tier(0, " ", new BigDecimal("-1"), new BigDecimal("101"), 91, "x".repeat(201)),
                new Tier(0, "Plata", new BigDecimal("1.001"), null, -1, null));
        assertThat(fields(new NewProgram("", null, 0, tiers)))
                .containsExactly(
                        "name",
                        "basis",
                        "reviewMonths",
                        "tiers[0].name",
                        "tiers[0].threshold",
                        "tiers[0].discountPercent",
                        "tiers[0].responseCutPercent",
                        "tiers[0].surprise",
                        "tiers[1].threshold",
                        "tiers[1].responseCutPercent");
        assertThat(fields(new NewProgram("Club", TierBasis.PURCHASES, null, List.of())))
                .containsExactly("tiers");
    }

    private static List<String> fields(NewProgram program) {
        return program.problems().stream().map(InputError::field).toList();
    }
}
