package org.clientela.sales.internal.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of several scopes read at once (a comparison's two sides, the funnel page's table and
 * its total) are those of each scope read alone, on the hand-computed history of {@link
 * SalesFigureFixtures} (H2 and PostgreSQL twins). Each test runs in a transaction rolled back at its
 * end; every scope names the fixture's own campaign or seller.
 */
abstract class SalesSidesTests {

    @Autowired
    SalesFigures figures;

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

    static FigureScope january(Long campaign, String seller, String strategy) {
        return new FigureScope(SalesFigureFixtures.JANUARY, SalesFigureFixtures.FEBRUARY, campaign, seller, strategy);
    }

    @Test
    void twoOverlappingSidesReadTogetherAreEachSideReadAlone() {
        withHistory(history -> {
            // Every prospect of ana's is in the top-down campaign, where luis also took two steps.
            FigureScope campaign = january(history.topDown, null, null);
            FigureScope ana = january(null, history.ana, null);
            List<SalesFigures.Side> both = figures.sides(List.of(campaign, ana));

            KpiRow topDown = both.get(0).row();
            assertThat(topDown.conversationToAppointment().numerator()).isEqualTo(2);
            assertThat(topDown.conversationToAppointment().denominator()).isEqualTo(3);
            assertThat(topDown.appointmentToProposal().denominator()).isEqualTo(2);
            assertThat(topDown.closeRatio().numerator()).isEqualTo(2);
            assertThat(topDown.closeRatio().denominator()).isEqualTo(4);
            // P1 won 1,000 after 15 days, P8 2,000 after 21.
            assertThat(both.get(0).won().amounts()).containsExactly(1000.0, 2000.0);
            assertThat(both.get(0).won().cycleDays()).containsExactly(15.0, 21.0);
            assertThat(topDown.averageRevenuePerSale().value()).isEqualByComparingTo(new BigDecimal("1500.00"));
            assertThat(topDown.minutesByKind()).isEqualTo(Map.of("CALL", 8L, "CONVERSATION", 20L, "MEETING", 60L));
            assertThat(both.get(1).row().minutesByKind()).isEqualTo(Map.of("CALL", 5L, "CONVERSATION", 20L));

            assertSame(both.get(0), figures.side(campaign));
            assertSame(both.get(1), figures.side(ana));
        });
    }

    @Test
    void sidesOfTwoStrategiesAndOfDifferentPeriodsAreEachSideReadAlone() {
        withHistory(history -> {
            FigureScope topDown = january(null, history.ana, "TOP_DOWN");
            FigureScope bottomUp = january(null, history.luis, "BOTTOM_UP");
            List<SalesFigures.Side> both = figures.sides(List.of(topDown, bottomUp));
            assertThat(both.get(1).row().closeRatio().numerator()).isEqualTo(1);
            assertThat(both.get(1).row().closeRatio().denominator()).isEqualTo(1);
            assertSame(both.get(0), figures.side(topDown));
            assertSame(both.get(1), figures.side(bottomUp));

            FigureScope winter = new FigureScope(
                    SalesFigureFixtures.JANUARY.minus(java.time.Duration.ofDays(31)),
                    SalesFigureFixtures.FEBRUARY,
                    null,
                    history.ana,
                    null);
            List<SalesFigures.Side> apart = figures.sides(List.of(winter, bottomUp));
            assertSame(apart.get(0), figures.side(winter));
            assertSame(apart.get(1), figures.side(bottomUp));
        });
    }

    @Test
    void theTablesTotalIsTheTotalReadAloneForEveryGrouping() {
        withHistory(history -> {
            FigureScope winter = new FigureScope(
                    SalesFigureFixtures.JANUARY.minus(java.time.Duration.ofDays(31)),
                    SalesFigureFixtures.FEBRUARY,
                    history.topDown,
                    null,
                    null);
            for (FigureScope scope : List.of(winter, january(null, history.luis, null))) {
                KpiRow alone = figures.total(scope);
                for (GroupBy group : GroupBy.values()) {
                    SalesFigures.Table table = figures.table(scope, group);
                    assertThat(table.total()).as(group.name()).isEqualTo(alone);
                    assertThat(table.rows()).as(group.name()).isEqualTo(figures.kpis(scope, group));
                }
            }
            // Not a total of nothing: the top-down campaign's winter has P8's and P1's wins.
            assertThat(figures.total(winter).averageRevenuePerSale().n()).isEqualTo(2);
        });
    }

    private static void assertSame(SalesFigures.Side together, SalesFigures.Side alone) {
        assertThat(together.row()).isEqualTo(alone.row());
        assertThat(together.won().amounts()).containsExactly(alone.won().amounts());
        assertThat(together.won().cycleDays()).containsExactly(alone.won().cycleDays());
    }
}
