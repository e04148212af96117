package org.clientela.sales.internal.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientela.sales.internal.figures.SalesFigureFixtures.FEBRUARY;
import static org.clientela.sales.internal.figures.SalesFigureFixtures.JANUARY;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clientela.sales.internal.prospects.Stage;
import org.clientela.support.JdbcSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The KPI definitions on the hand-computed history of {@link SalesFigureFixtures}. */
@JdbcSliceTest
@Import({SalesFigures.class, SalesCounts.class, SalesFigureFixtures.DaySums.class})
class SalesFiguresSliceTests {

    @Autowired
    SalesFigures figures;

    @Autowired
    JdbcClient jdbc;

    SalesFigureFixtures history;
    FigureScope january;

    @BeforeEach
    void load() {
        history = new SalesFigureFixtures(jdbc, "-slice").load();
        january = new FigureScope(JANUARY, FEBRUARY, null, null, null);
    }

    @Test
    void eachRatioCountsTheProspectsWhoseDefiningMomentIsInThePeriod() {
        KpiRow all = figures.total(january);
        assertThat(all.conversationToAppointment())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(4L, 5L);
        assertThat(all.appointmentToProposal())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(3L, 4L);
        assertThat(all.closeRatio())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(3L, 5L);
        assertThat(all.closeRatio().value()).isEqualTo(0.6);
        assertThat(all.closeRatio().low()).isLessThan(0.6);
        assertThat(all.closeRatio().high()).isGreaterThan(0.6);
    }

    @Test
    void theCycleRunsFromTheFirstConversationToTheWinAndRevenueIsPerWonDeal() {
        KpiRow all = figures.total(january);
        assertThat(all.salesCycleDays().n()).isEqualTo(3);
        assertThat(all.salesCycleDays().median()).isEqualTo(21.0);
        assertThat(all.salesCycleDays().mean()).isEqualTo(19.0);
        assertThat(all.salesCycleDays().low()).isBetween(15.0, 19.0);
        assertThat(all.salesCycleDays().high()).isBetween(19.0, 21.0);
        assertThat(all.averageRevenuePerSale().value()).isEqualByComparingTo(new BigDecimal("2000.00"));
        assertThat(all.averageRevenuePerSale().n()).isEqualTo(3);
    }

    @Test
    void minutesAreSummedPerKindOverTheActivitiesOfThePeriod() {
        assertThat(figures.total(january).minutesByKind())
                .isEqualTo(Map.of("CALL", 8L, "CONVERSATION", 20L, "MEETING", 60L));
    }

    @Test
    void bySellerEachGetsTheirOwnProspectsAndTheirOwnActivities() {
        List<KpiRow> rows = figures.kpis(january, GroupBy.SELLER);
        assertThat(rows).extracting(KpiRow::key).containsExactly(history.ana, history.luis);
        KpiRow ana = rows.get(0);
        KpiRow luis = rows.get(1);
        assertThat(ana.conversationToAppointment())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(2L, 3L);
        assertThat(luis.conversationToAppointment())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(2L, 2L);
        assertThat(ana.appointmentToProposal())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(2L, 2L);
        assertThat(luis.appointmentToProposal())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(1L, 2L);
        assertThat(ana.closeRatio())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(2L, 4L);
        assertThat(luis.closeRatio())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(1L, 1L);
        assertThat(ana.salesCycleDays().median()).isEqualTo(18.0);
        assertThat(ana.minutesByKind()).isEqualTo(Map.of("CALL", 5L, "CONVERSATION", 20L));
        assertThat(luis.minutesByKind()).isEqualTo(Map.of("CALL", 3L, "MEETING", 60L));
    }

    @Test
    void byStrategyResearchAndMonthTheGroupsFollowTheirDefinitions() {
        assertThat(figures.kpis(january, GroupBy.STRATEGY))
                .extracting(KpiRow::key)
                .containsExactly("BOTTOM_UP", "TOP_DOWN");
        List<KpiRow> research = figures.kpis(january, GroupBy.RESEARCH);
        assertThat(research).extracting(KpiRow::key).containsExactly("COMPLETE", "INCOMPLETE");
        assertThat(research.get(0).conversationToAppointment().denominator()).isEqualTo(2);
        FigureScope winter = new FigureScope(Instant.parse("2024-12-01T00:00:00Z"), FEBRUARY, null, null, null);
        List<KpiRow> months = figures.kpis(winter, GroupBy.MONTH);
        assertThat(months).extracting(KpiRow::key).containsExactly("2024-12", "2025-01");
        assertThat(months.get(0).conversationToAppointment())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(1L, 1L);
        assertThat(months.get(0).closeRatio().denominator()).isZero();
        assertThat(months.get(1).closeRatio())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(3L, 5L);
        assertThat(months.get(0).minutesByKind()).isEqualTo(Map.of("CALL", 10L));
    }

    @Test
    void aScopeOfOneSellerOrOneStrategyNarrowsEveryFigure() {
        KpiRow luis = figures.total(january.forSeller(history.luis));
        assertThat(luis.closeRatio())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(1L, 1L);
        assertThat(luis.minutesByKind()).isEqualTo(Map.of("CALL", 3L, "MEETING", 60L));
        KpiRow topDown = figures.total(new FigureScope(JANUARY, FEBRUARY, null, null, "TOP_DOWN"));
        assertThat(topDown.closeRatio())
                .extracting(Ratio::numerator, Ratio::denominator)
                .containsExactly(2L, 4L);
    }

    @Test
    void aDealLostAfterItsProposalCountsAtEveryStageItReached() {
        Funnel funnel = figures.funnel(january);
        assertThat(funnel.steps())
                .extracting(Funnel.Step::stage)
                .containsExactly(
                        Stage.TARGETED,
                        Stage.CONTACTED,
                        Stage.CONVERSATION,
                        Stage.APPOINTMENT,
                        Stage.MEETING,
                        Stage.PROPOSAL,
                        Stage.WON);
        assertThat(funnel.steps()).extracting(Funnel.Step::reached).containsExactly(7L, 6L, 5L, 4L, 4L, 3L, 2L);
        assertThat(funnel.steps()).extracting(Funnel.Step::lostHere).containsExactly(0L, 1L, 0L, 0L, 0L, 1L, 0L);
        assertThat(funnel.steps().get(6).fromPrevious()).isEqualTo(2.0 / 3);
        assertThat(funnel.steps().get(0).fromPrevious()).isNull();
        Funnel topDown = figures.funnel(new FigureScope(JANUARY, FEBRUARY, history.topDown, null, null));
        assertThat(topDown.steps()).extracting(Funnel.Step::reached).containsExactly(3L, 3L, 3L, 2L, 2L, 2L, 1L);
    }
}
