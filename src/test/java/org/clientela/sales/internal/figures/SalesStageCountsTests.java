package org.clientela.sales.internal.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one pass that counts the three ratios ({@link SalesCounts#stages}) on a real database (H2 and
 * PostgreSQL twins), on the hand-computed history of {@link SalesFigureFixtures}: each family in the
 * month of its own moment, the strategy's join, an open period, and a family left out where none of
 * its moments fall. Each test runs in a transaction rolled back at its end; every scope names one of
 * the fixture's sellers, whose suffix no other test shares.
 */
abstract class SalesStageCountsTests {

    static final Instant DECEMBER = Instant.parse("2024-12-01T00:00:00Z");

    @Autowired
    SalesCounts counts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    void withHistory(Consumer<SalesFigureFixtures> test) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            test.accept(new SalesFigureFixtures(
                            jdbc, "-" + UUID.randomUUID().toString().substring(0, 8))
                    .load());
        });
    }

    @Test
    void byMonthEachRatioCountsInTheMonthOfItsOwnMoment() {
        withHistory(history -> {
            FigureScope winter = new FigureScope(DECEMBER, SalesFigureFixtures.FEBRUARY, null, history.ana, null);
            SalesCounts.StageCounts ana = counts.stages(winter, GroupBy.MONTH);
            // P8's conversation and meeting are in December, its win in January; P9 was lost in January
            // after a proposal in December.
            assertThat(ana.conversations()).containsOnlyKeys("2024-12", "2025-01");
            assertThat(ana.conversations().get("2024-12")).containsExactly(1, 1);
            assertThat(ana.conversations().get("2025-01")).containsExactly(2, 3);
            assertThat(ana.meetings().get("2024-12")).containsExactly(1, 1);
            assertThat(ana.meetings().get("2025-01")).containsExactly(2, 2);
            assertThat(ana.decided()).containsOnlyKeys("2025-01");
            assertThat(ana.decided().get("2025-01")).containsExactly(2, 4);
        });
    }

    @Test
    void bySellerAndByStrategyEveryFamilyHasTheGroupsKey() {
        withHistory(history -> {
            FigureScope january =
                    new FigureScope(SalesFigureFixtures.JANUARY, SalesFigureFixtures.FEBRUARY, null, history.ana, null);
            SalesCounts.StageCounts bySeller = counts.stages(january, GroupBy.SELLER);
            assertThat(bySeller.conversations()).containsOnlyKeys(history.ana);
            assertThat(bySeller.conversations().get(history.ana)).containsExactly(2, 3);
            assertThat(bySeller.meetings().get(history.ana)).containsExactly(2, 2);
            assertThat(bySeller.decided().get(history.ana)).containsExactly(2, 4);

            FigureScope topDown = new FigureScope(
                    SalesFigureFixtures.JANUARY, SalesFigureFixtures.FEBRUARY, null, history.ana, "TOP_DOWN");
            SalesCounts.StageCounts byStrategy = counts.stages(topDown, GroupBy.STRATEGY);
            assertThat(byStrategy.decided()).containsOnlyKeys("TOP_DOWN");
            assertThat(byStrategy.decided().get("TOP_DOWN")).containsExactly(2, 4);
            SalesCounts.StageCounts bottomUp = counts.stages(
                    new FigureScope(
                            SalesFigureFixtures.JANUARY, SalesFigureFixtures.FEBRUARY, null, history.ana, "BOTTOM_UP"),
                    GroupBy.ALL);
            assertThat(bottomUp.conversations()).isEmpty();
            assertThat(bottomUp.meetings()).isEmpty();
            assertThat(bottomUp.decided()).isEmpty();
        });
    }

    @Test
    void anOpenPeriodTakesEverySetMomentAndADecisionWithoutProposalIsNoneOfThem() {
        withHistory(history -> {
            SalesCounts.StageCounts luis =
                    counts.stages(new FigureScope(null, null, null, history.luis, null), GroupBy.ALL);
            assertThat(luis.conversations()).containsOnlyKeys("ALL");
            assertThat(luis.conversations().get("ALL")).containsExactly(2, 2);
            assertThat(luis.meetings().get("ALL")).containsExactly(1, 2);
            // P6 was lost before any proposal: not among the decided.
            assertThat(luis.decided().get("ALL")).containsExactly(1, 1);

            SalesCounts.StageCounts december = counts.stages(
                    new FigureScope(DECEMBER, SalesFigureFixtures.JANUARY, null, history.luis, null), GroupBy.ALL);
            assertThat(Map.of(
                            "conversations", december.conversations(),
                            "meetings", december.meetings(),
                            "decided", december.decided()))
                    .allSatisfy((family, groups) -> assertThat(groups).isEmpty());
        });
    }
}
