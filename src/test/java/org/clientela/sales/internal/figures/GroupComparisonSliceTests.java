package org.clientela.sales.internal.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.clientela.support.JdbcSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two strategies compared on proposals decided in January: the numbers, the interval and the words. */
@JdbcSliceTest
@Import({
    SalesFigures.class,
    SalesCounts.class,
    SalesFigureFixtures.DaySums.class,
    GroupComparison.class,
    GroupComparisonSliceTests.Words.class
})
class GroupComparisonSliceTests {

    static final Instant JANUARY = SalesFigureFixtures.JANUARY;
    static final Instant FEBRUARY = SalesFigureFixtures.FEBRUARY;

    @TestConfiguration
    static class Words {
        @Bean
        ResourceBundleMessageSource messageSource() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames("messages/sales");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }

        @Bean
        BusinessSettings businessSettings() {
            return key -> key.equals(BusinessSettings.CURRENCY) ? "EUR" : "Atlantic/Canary";
        }
    }

    @Autowired
    GroupComparison comparison;

    @Autowired
    JdbcClient jdbc;

    GroupComparison.Side strategy(String strategy, String label) {
        return new GroupComparison.Side(
                "strategy:" + strategy, new FigureScope(JANUARY, FEBRUARY, null, null, strategy), label);
    }

    @Test
    void fortyFiveOfAHundredAgainstThirtyIsARealDifferenceSaidInPlainWords() {
        decided("TOP_DOWN", 45, 55);
        decided("BOTTOM_UP", 30, 70);
        GroupComparison.Result result = comparison.compare(
                strategy("TOP_DOWN", "la estrategia descendente"),
                strategy("BOTTOM_UP", "la estrategia ascendente"),
                Locale.forLanguageTag("es"));
        KpiComparison<Ratio> close = result.closeRatio();
        assertThat(close.a().numerator()).isEqualTo(45);
        assertThat(close.b().denominator()).isEqualTo(100);
        assertThat(close.difference().value()).isCloseTo(0.15, within(1e-9));
        assertThat(close.difference().low()).isCloseTo(0.0159, within(0.00005));
        assertThat(close.difference().high()).isCloseTo(0.2768, within(0.00005));
        assertThat(close.enoughData()).isTrue();
        assertThat(close.verdict())
                .isEqualTo(
                        "Con la estrategia descendente se cierran más ventas: 45 % frente a 30 %; la diferencia es real"
                                + " (entre 2 y 28 puntos)");
        assertThat(result.conversationToAppointment().enoughData()).isFalse();
        assertThat(result.conversationToAppointment().verdict())
                .isEqualTo("Aún no se puede decir cuál funciona mejor: hacen falta más conversaciones");
    }

    @Test
    void theBetterSideIsNamedFirstWhicheverSideItIsAndInEnglish() {
        decided("TOP_DOWN", 45, 55);
        decided("BOTTOM_UP", 30, 70);
        GroupComparison.Result result = comparison.compare(
                strategy("BOTTOM_UP", "the bottom-up strategy"),
                strategy("TOP_DOWN", "the top-down strategy"),
                Locale.ENGLISH);
        assertThat(result.closeRatio().difference().value()).isCloseTo(-0.15, within(1e-9));
        assertThat(result.closeRatio().verdict())
                .isEqualTo("With the top-down strategy more sales close: 45% against 30%; the difference is real"
                        + " (between 2 and 28 points)");
    }

    @Test
    void anIntervalThatHoldsZeroOrASmallGroupGivesNoVerdict() {
        decided("TOP_DOWN", 12, 28);
        decided("BOTTOM_UP", 10, 10);
        KpiComparison<Ratio> close = comparison
                .compare(
                        strategy("TOP_DOWN", "la estrategia descendente"),
                        strategy("BOTTOM_UP", "la estrategia ascendente"),
                        Locale.forLanguageTag("es"))
                .closeRatio();
        assertThat(close.difference().low()).isCloseTo(-0.4335, within(0.00005));
        assertThat(close.difference().high()).isCloseTo(0.0532, within(0.00005));
        assertThat(close.enoughData()).isFalse();
        assertThat(close.verdict()).isEqualTo("Aún no se puede decir cuál funciona mejor: hacen falta más propuestas");
    }

    @Test
    void aRealDifferenceWithTooFewProspectsStillGivesNoVerdict() {
        decided("TOP_DOWN", 20, 0);
        decided("BOTTOM_UP", 0, 20);
        KpiComparison<Ratio> close = comparison
                .compare(strategy("TOP_DOWN", "x"), strategy("BOTTOM_UP", "y"), Locale.ENGLISH)
                .closeRatio();
        assertThat(close.difference().real()).isTrue();
        assertThat(close.enoughData()).isFalse();
        assertThat(close.verdict()).isEqualTo("We cannot tell yet which works better: more proposals are needed");
    }

    /** A campaign of the strategy with {@code won} and {@code lost} proposals decided in mid-January. */
    private void decided(String strategy, int won, int lost) {
        jdbc.sql("INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)"
                        + " VALUES (:name, :strategy, 'ACTIVE', DATE '2024-12-01', CURRENT_TIMESTAMP)")
                .param("name", strategy)
                .param("strategy", strategy)
                .update();
        long campaign = jdbc.sql("SELECT MAX(id) FROM sales_campaign WHERE strategy = :s")
                .param("s", strategy)
                .query(Long.class)
                .single();
        for (int i = 0; i < won + lost; i++) {
            boolean isWon = i < won;
            jdbc.sql("INSERT INTO sales_prospect (name, sort_name, source, owner_username, campaign_id,"
                            + " first_proposal_at, outcome, decided_at, won_amount, created_at, updated_at)"
                            + " VALUES ('p', 'p', 'LIST', 'ana', :campaign, :proposal, :outcome, :decided, :amount,"
                            + " :proposal, :proposal)")
                    .param("campaign", campaign)
                    .param("proposal", SalesFigureFixtures.at("12-10"))
                    .param("outcome", isWon ? "WON" : "LOST")
                    .param("decided", SalesFigureFixtures.at("01-15"))
                    .param("amount", isWon ? java.math.BigDecimal.TEN : null)
                    .update();
        }
    }
}
