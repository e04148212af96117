package org.clientela.sales.internal.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class AppraisalTests {

    private static final org.assertj.core.data.Offset<Double> FOUR = within(0.00005);

    private static Appraisal yearly(double rate, double... flows) {
        return Appraisal.of(new CashFlows(Arrays.stream(flows).boxed().toList(), 1, rate));
    }

    @Test
    void theFirstCheckVectorGivesItsFiguresToFourDecimals() {
        Appraisal a = yearly(0.10, -10000, 3000, 4000, 5000, 2000);
        assertThat(a.npv()).isCloseTo(1155.6588, FOUR);
        assertThat(a.irr() * 100).isCloseTo(15.3221, FOUR);
        assertThat(a.irrMissing()).isNull();
        assertThat(a.roi()).isCloseTo(0.40, FOUR);
        assertThat(a.paybackYears()).isCloseTo(2.60, FOUR);
        assertThat(a.discountedPaybackYears()).isCloseTo(3.1540, within(0.0005));
    }

    @Test
    void theSecondCheckVectorLosesMoneyAtTenPercent() {
        Appraisal a = yearly(0.10, -1000, 300, 400, 500);
        assertThat(a.npv()).isCloseTo(-21.0368, FOUR);
        assertThat(a.irr() * 100).isCloseTo(8.8963, FOUR);
        assertThat(a.roi()).isCloseTo(0.20, FOUR);
        assertThat(a.paybackYears()).isCloseTo(2 + 300.0 / 500, FOUR);
        assertThat(a.discountedPaybackYears())
                .as("the discounted flows never add up to zero")
                .isNull();
    }

    @Test
    void theInternalRateIsExactToTheTolerance() {
        CashFlows flows = new CashFlows(List.of(-10000.0, 3000.0, 4000.0, 5000.0, 2000.0), 1, 0.10);
        double irr = Appraisal.of(flows).irr();
        assertThat(InternalRate.npv(flows, irr - 1e-7)).isPositive();
        assertThat(InternalRate.npv(flows, irr + 1e-7)).isNegative();
    }

    @Test
    void monthlyFlowsAreDiscountedAtTheMonthlyRateOfTheAnnualOneAndTheirRateIsAnnual() {
        // 1,000 now and 1,100 twelve months later: 10 % a year, whatever the months in between.
        List<Double> flows = new ArrayList<>(Collections.nCopies(13, 0.0));
        flows.set(0, -1000.0);
        flows.set(12, 1100.0);
        Appraisal a = Appraisal.of(new CashFlows(flows, 12, 0.05));
        assertThat(a.npv()).isCloseTo(-1000 + 1100 / 1.05, FOUR);
        assertThat(a.irr()).isCloseTo(0.10, within(1e-7));
        assertThat(a.roi()).isCloseTo(0.10, FOUR);
        // Months 1-11 bring nothing; month 12 repays 1,000 of its 1,100 (of 1,100 / 1.05 discounted).
        assertThat(a.paybackYears()).isCloseTo((11 + 1000 / 1100.0) / 12, FOUR);
        assertThat(a.discountedPaybackYears()).isCloseTo((11 + 1000 / (1100 / 1.05)) / 12, FOUR);
    }

    @Test
    void monthlyPaybackIsInterpolatedWithinTheMonthAndSaidInYears() {
        // 1,200 back at 100 a month: the 15th month repays the last 100 halfway if it brings 200.
        List<Double> flows = new ArrayList<>(Collections.nCopies(16, 100.0));
        flows.set(0, -1500.0);
        flows.set(15, 200.0);
        Appraisal a = Appraisal.of(new CashFlows(flows, 12, 0.0));
        assertThat(a.paybackYears()).isCloseTo(14.5 / 12, FOUR);
        assertThat(a.npv()).isCloseTo(100 * 14 + 200 - 1500, FOUR);
    }

    @Test
    void flowsThatNeverRepayHaveNoPayback() {
        Appraisal a = yearly(0.10, -1000, 100, 100, 100);
        assertThat(a.paybackYears()).isNull();
        assertThat(a.discountedPaybackYears()).isNull();
        assertThat(a.roi()).isCloseTo(-0.70, FOUR);
    }

    @Test
    void flowsOfOneSignHaveNoInternalRateAndSayWhy() {
        Appraisal a = yearly(0.10, -1000, -100, 0);
        assertThat(a.irr()).isNull();
        assertThat(a.irrMissing()).isEqualTo(InternalRate.Missing.NO_SIGN_CHANGE);
        Appraisal gift = yearly(0.10, 0, 100, 100);
        assertThat(gift.irrMissing()).isEqualTo(InternalRate.Missing.NO_SIGN_CHANGE);
        assertThat(gift.roi()).as("nothing goes out").isNull();
        assertThat(gift.paybackYears()).isZero();
    }

    @Test
    void flowsWithTwoInternalRatesReportBothAndNoneAsTheRate() {
        Appraisal a = yearly(0.10, -100, 230, -132);
        assertThat(a.irr()).isNull();
        assertThat(a.irrMissing()).isEqualTo(InternalRate.Missing.SEVERAL);
        assertThat(a.irrRates()).hasSize(2);
        assertThat(a.irrRates().get(0)).isCloseTo(0.10, within(1e-7));
        assertThat(a.irrRates().get(1)).isCloseTo(0.20, within(1e-7));
        assertThat(a.paybackYears())
                .as("the last outflow takes the sum below zero again")
                .isNull();
    }

    @Test
    void aRateAboveTheSearchedRangeIsSaidToBeOutOfRange() {
        Appraisal a = yearly(0.10, -1, 100);
        assertThat(a.irr()).isNull();
        assertThat(a.irrMissing()).isEqualTo(InternalRate.Missing.OUT_OF_RANGE);
    }

    @Test
    void sixHundredYearlyPeriodsAreCalculatedWithoutOverflow() {
        List<Double> flows = new ArrayList<>(Collections.nCopies(601, 100.0));
        flows.set(0, -10000.0);
        Appraisal a = Appraisal.of(new CashFlows(flows, 1, 0.05));
        // A perpetuity of 100 at 1 % is worth 10,000: the rate is just above 1 %.
        assertThat(a.irr()).isCloseTo(0.01, within(0.0003));
        assertThat(a.npv()).isCloseTo(-10000 + 100 / 0.05, within(0.01));
    }

    @Test
    void badInputNamesEachField() {
        assertThat(fields(List.of(), 1, 0.1)).containsExactly("cashFlows");
        assertThat(fields(Collections.nCopies(602, 1.0), 1, 0.1)).containsExactly("cashFlows");
        assertThat(fields(Collections.nCopies(601, 1.0), 12, 0.1)).isEmpty();
        assertThat(fields(Arrays.asList(-1.0, 2.0, 3.0, Double.NaN, null), 4, -1.0))
                .containsExactly("cashFlows[3]", "cashFlows[4]", "periodsPerYear", "annualDiscountRate");
        assertThat(fields(List.of(-1.0, Double.POSITIVE_INFINITY), 1, Double.NaN))
                .containsExactly("cashFlows[1]", "annualDiscountRate");
        assertThat(fields(List.of(-1.0, 2.0), 1, 10.01)).containsExactly("annualDiscountRate");
        assertThatThrownBy(() -> new CashFlows(List.of(1.0), 1, 0.1)).isInstanceOf(InvalidInputException.class);
    }

    private static List<String> fields(List<Double> flows, int periodsPerYear, double rate) {
        return CashFlows.problems(flows, periodsPerYear, rate).stream()
                .map(InputError::field)
                .toList();
    }
}
