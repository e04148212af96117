package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionsTests {

    @Test
    void wilsonOfTenOutOfTwentyMatchesTheCheckValues() {
        Interval i = Proportions.wilson(10, 20);
        assertThat(i.low()).isCloseTo(0.2993, within(0.00005));
        assertThat(i.high()).isCloseTo(0.7007, within(0.00005));
    }

    @Test
    void wilsonOfNoneOutOfTenStartsAtZero() {
        Interval i = Proportions.wilson(0, 10);
        assertThat(i.low()).isZero();
        assertThat(i.high()).isCloseTo(0.2775, within(0.00005));
    }

    @Test
    void wilsonOfAllOutOfTenEndsAtOneAndMirrorsNone() {
        Interval i = Proportions.wilson(10, 10);
        assertThat(i.high()).isEqualTo(1.0);
        assertThat(i.low()).isCloseTo(1 - 0.2775, within(0.00005));
    }

    @Test
    void wilsonWithNoTrialsKnowsNothing() {
        assertThat(Proportions.wilson(0, 0)).isEqualTo(new Interval(0, 1));
        assertThatThrownBy(() -> Proportions.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newcombeOf45Of100Against30Of100MatchesTheCheckValues() {
        Interval i = Proportions.difference(45, 100, 30, 100);
        assertThat(i.low()).isCloseTo(0.0159, within(0.00005));
        assertThat(i.high()).isCloseTo(0.2768, within(0.00005));
        assertThat(i.containsZero()).isFalse();
    }

    @Test
    void newcombeOf12Of40Against10Of20MatchesTheCheckValues() {
        Interval i = Proportions.difference(12, 40, 10, 20);
        assertThat(i.low()).isCloseTo(-0.4335, within(0.00005));
        assertThat(i.high()).isCloseTo(0.0532, within(0.00005));
        assertThat(i.containsZero()).isTrue();
    }
}
