package org.clientela.sales.internal.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientela.sales.internal.campaigns.Strategy;
import org.junit.jupiter.api.Test;

class TargetingTests {

    static TargetingRule rule(Strategy strategy, String sector, String band, String title) {
        return new TargetingRule(1L, strategy, sector, band, title, title + " (en)", 0);
    }

    final List<TargetingRule> rules = List.of(
            rule(Strategy.TOP_DOWN, "C", "SMALL", "exact"),
            rule(Strategy.TOP_DOWN, "C", "*", "sector"),
            rule(Strategy.TOP_DOWN, "*", "MEDIUM", "band"),
            rule(Strategy.TOP_DOWN, "*", "*", "default"),
            rule(Strategy.BOTTOM_UP, "*", "*", "bottom"));

    String title(Strategy strategy, String sector, String band) {
        return Targeting.pick(rules, strategy, sector, band)
                .map(TargetingRule::titleEs)
                .orElse(null);
    }

    @Test
    void theMostSpecificCellWinsThroughEveryLevelOfTheFallback() {
        assertThat(title(Strategy.TOP_DOWN, "C", "SMALL")).isEqualTo("exact");
        assertThat(title(Strategy.TOP_DOWN, "C", "LARGE")).isEqualTo("sector");
        assertThat(title(Strategy.TOP_DOWN, "F", "MEDIUM")).isEqualTo("band");
        assertThat(title(Strategy.TOP_DOWN, "F", "LARGE")).isEqualTo("default");
        assertThat(title(Strategy.TOP_DOWN, null, null)).isEqualTo("default");
        assertThat(title(Strategy.BOTTOM_UP, "C", "SMALL")).isEqualTo("bottom");
    }

    @Test
    void aContactHoldsTheTitleWhenOneOfItsAlternativesIsInTheJobTitle() {
        TargetingRule owner =
                new TargetingRule(1L, Strategy.TOP_DOWN, "*", "*", "Propietario o presidente", "Owner or president", 0);
        assertThat(Targeting.holdsTitle(owner, "Presidente del consejo")).isTrue();
        assertThat(Targeting.holdsTitle(owner, "Owner")).isTrue();
        assertThat(Targeting.holdsTitle(owner, "Jefe de compras")).isFalse();
        assertThat(Targeting.holdsTitle(owner, null)).isFalse();
    }

    @Test
    void aSizeBandHoldsItsEmployeesUpToAnOpenEnd() {
        SizeBand small = new SizeBand("SMALL", "P", "S", 10, 49, 2);
        SizeBand large = new SizeBand("LARGE", "G", "L", 250, null, 4);
        assertThat(small.holds(10)).isTrue();
        assertThat(small.holds(49)).isTrue();
        assertThat(small.holds(50)).isFalse();
        assertThat(large.holds(100_000)).isTrue();
    }
}
