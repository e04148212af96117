package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoldoutCheckTests {

    @Test
    void theTrueModelPredictsTheHoldoutOfItsOwnCustomers() {
        BgNbdParameters truth = new BgNbdParameters(0.5, 5.0, 0.8, 2.5);
        CalibrationData data = new BgNbdSimulation(99).customerBaseWithHoldout(truth, 30_000, 52, 26, 26);

        HoldoutCheck.Result result = HoldoutCheck.compare(data, truth, 26);

        assertThat(result.groups()).hasSize(8);
        assertThat(result.groups().stream()
                        .mapToLong(HoldoutCheck.Group::customers)
                        .sum())
                .isEqualTo(30_000);
        assertThat(result.predictedTotal()).isCloseTo(result.actualTotal(), within(0.05 * result.actualTotal()));
        // More purchases before, more after: the classic shape of the CDNOW figure.
        assertThat(result.groups().get(5).predicted())
                .isGreaterThan(result.groups().get(1).predicted());
        assertThat(result.groups().get(5).actual())
                .isGreaterThan(result.groups().get(1).actual());
    }

    @Test
    void aFittedModelPredictsTheHoldoutItNeverSaw() {
        BgNbdParameters truth = new BgNbdParameters(1.0, 8.0, 0.6, 3.0);
        CalibrationData data = new BgNbdSimulation(5).customerBaseWithHoldout(truth, 30_000, 40, 20, 13);

        BgNbdParameters fitted = new CustomerBaseFitter().fitPurchases(data).parameters();
        HoldoutCheck.Result result = HoldoutCheck.compare(data, fitted, 13);

        assertThat(result.predictedTotal()).isCloseTo(result.actualTotal(), within(0.08 * result.actualTotal()));
    }

    @Test
    void fitsOnASampleFirstWhenThereAreManyDistinctHistories() {
        BgNbdParameters truth = new BgNbdParameters(0.7, 6.0, 0.9, 3.0);
        CalibrationData data = new BgNbdSimulation(8).customerBase(truth, null, 60_000, 52, 26);
        assertThat(data.distinctHistories()).isGreaterThan(CustomerBaseFitter.SAMPLE_ROWS);

        CustomerBaseFitter.BgNbdFit fit = new CustomerBaseFitter().fitPurchases(data);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.parameters().r()).isCloseTo(truth.r(), within(0.07 * truth.r()));
        assertThat(fit.parameters().alpha()).isCloseTo(truth.alpha(), within(0.1 * truth.alpha()));
        assertThat(fit.parameters().a()).isCloseTo(truth.a(), within(0.2 * truth.a()));
        assertThat(fit.parameters().b()).isCloseTo(truth.b(), within(0.25 * truth.b()));
        // The sample's optimum, polished on all histories, is the optimum of all histories.
        BgNbdLikelihood all = new BgNbdLikelihood(data);
        double[] at = {
            Math.log(fit.parameters().r()),
            Math.log(fit.parameters().alpha()),
            Math.log(fit.parameters().a()),
            Math.log(fit.parameters().b())
        };
        double[] gradient = new double[4];
        all.value(at, gradient);
        for (double g : gradient) {
            assertThat(Math.abs(g) / data.customers()).isLessThan(1e-6);
        }
    }
}
