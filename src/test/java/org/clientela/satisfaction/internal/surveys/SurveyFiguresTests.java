package org.clientela.satisfaction.internal.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** NPS and CSAT with their intervals on fixtures worked by hand. */
class SurveyFiguresTests {

    @Test
    void npsIsPromotersLessDetractorsWithAnIntervalFromTheVarianceOfTheirScores() {
        int[] scores = {10, 9, 9, 8, 7, 6, 5, 10, 3, 9};
        long promoters = IntStream.of(scores).filter(s -> s >= 9).count();
        long detractors = IntStream.of(scores).filter(s -> s <= 6).count();
        SurveyFigures.Nps nps = SurveyFigures.Nps.of(promoters, scores.length - promoters - detractors, detractors);
        assertThat(nps.value()).isCloseTo(20, within(1e-9));
        assertThat(nps.promoters()).isEqualTo(5);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.detractors()).isEqualTo(3);
        // By hand: the scores +1 ×5, 0 ×2, −1 ×3 have mean 0.2 and sample variance 7.6 / 9;
        // 1.96 × √(0.8444 / 10) = 0.5696.
        assertThat(nps.low()).isCloseTo(-36.955, within(0.01));
        assertThat(nps.high()).isCloseTo(76.955, within(0.01));
    }

    @Test
    void npsOfOneVoiceOrNoneSaysNothingAndStaysWithinItsRange() {
        assertThat(SurveyFigures.Nps.of(0, 0, 0).value()).isNull();
        SurveyFigures.Nps one = SurveyFigures.Nps.of(1, 0, 0);
        assertThat(one.value()).isEqualTo(100);
        assertThat(one.low()).isEqualTo(-100);
        assertThat(one.high()).isEqualTo(100);
        SurveyFigures.Nps allPromoters = SurveyFigures.Nps.of(40, 0, 0);
        assertThat(allPromoters.low()).isEqualTo(100);
        assertThat(allPromoters.high()).isEqualTo(100);
        SurveyFigures.Nps split = SurveyFigures.Nps.of(3, 0, 3);
        assertThat(split.value()).isZero();
        assertThat(split.low()).isGreaterThanOrEqualTo(-100);
        assertThat(split.high()).isLessThanOrEqualTo(100);
    }

    @Test
    void csatIsTheShareOfFoursAndFivesWithWilsonsInterval() {
        SurveyFigures.Csat csat = SurveyFigures.Csat.of(8, 10);
        assertThat(csat.value()).isCloseTo(80, within(1e-9));
        // Wilson's 95 % interval of 8 in 10, as the tables give it: 49.0 % to 94.3 %.
        assertThat(csat.low()).isCloseTo(49.02, within(0.01));
        assertThat(csat.high()).isCloseTo(94.33, within(0.01));
        assertThat(SurveyFigures.Csat.of(0, 0).value()).isNull();
    }
}
