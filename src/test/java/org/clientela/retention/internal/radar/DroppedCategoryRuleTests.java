package org.clientela.retention.internal.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientela.retention.internal.radar.Rhythms.TODAY;

import java.math.BigDecimal;
import org.clientela.orders.history.CategoryRhythm;
import org.clientela.retention.SignalKind;
import org.junit.jupiter.api.Test;

class DroppedCategoryRuleTests {

    final DroppedCategoryRule rule = new DroppedCategoryRule(Rhythms.defaults());

    @Test
    void firesForARegularCategoryNotBoughtForThreeOfItsGapsWhileOtherOrdersGoOn() {
        // Café on 21 days, every 15 days, last on 2026-07-10 (128 days ago); 8 orders since without it.
        var cafe = new CategoryRhythm(
                7, "Café", 9, 21, TODAY.minusDays(128 + 300), TODAY.minusDays(128), 8, new BigDecimal("850.00"));
        var finding = rule.judge(Rhythms.withCategory(cafe), TODAY);

        assertThat(finding).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SignalKind.DROPPED_CATEGORY);
            assertThat(f.categoryId()).isEqualTo(7);
            assertThat(f.args()).containsExactly("t:Café", "d:2026-07-10", "n:9", "n:8", "n:15");
            assertThat(f.moneyAtStake()).isEqualByComparingTo("850.00");
        });
    }

    @Test
    void aCategoryBoughtInFewBaselineMonthsIsNotRegular() {
        var rare = new CategoryRhythm(7, "Café", 3, 21, TODAY.minusDays(428), TODAY.minusDays(128), 8, BigDecimal.TEN);
        assertThat(rule.judge(Rhythms.withCategory(rare), TODAY)).isEmpty();
    }

    @Test
    void aShortPauseIsNoDrop() {
        // Every 15 days, last 40 days ago: under three gaps.
        var cafe = new CategoryRhythm(7, "Café", 9, 21, TODAY.minusDays(340), TODAY.minusDays(40), 3, BigDecimal.TEN);
        assertThat(rule.judge(Rhythms.withCategory(cafe), TODAY)).isEmpty();
    }

    @Test
    void aCustomerWhoStoppedAltogetherDropsNoCategory() {
        var cafe = new CategoryRhythm(7, "Café", 9, 21, TODAY.minusDays(428), TODAY.minusDays(128), 1, BigDecimal.TEN);
        assertThat(rule.judge(Rhythms.withCategory(cafe), TODAY)).isEmpty();
    }
}
