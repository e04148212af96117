package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CustomerBaseFitterTests {

    private final CustomerBaseFitter fitter = new CustomerBaseFitter();

    @Test
    void recoversTheParametersOfASimulatedCustomerBase() {
        BgNbdParameters truth = new BgNbdParameters(0.5, 6.0, 0.7, 2.5);
        CalibrationData data = new BgNbdSimulation(20261124L).customerBase(truth, null, 10_000, 52, 26);

        BgNbdParameters fitted = fitter.fitPurchases(data).parameters();

        // With 10,000 customers the standard errors are a few per cent (r, α) to about 15 % (a, b).
        assertThat(fitted.r()).isCloseTo(truth.r(), within(0.1 * truth.r()));
        assertThat(fitted.alpha()).isCloseTo(truth.alpha(), within(0.15 * truth.alpha()));
        assertThat(fitted.a()).isCloseTo(truth.a(), within(0.3 * truth.a()));
        assertThat(fitted.b()).isCloseTo(truth.b(), within(0.35 * truth.b()));
        assertThat(fitted.meanPurchaseRate())
                .isCloseTo(truth.meanPurchaseRate(), within(0.05 * truth.meanPurchaseRate()));
    }

    @Test
    void recoversOtherParametersFromHistoriesInWholeDays() {
        BgNbdParameters truth = new BgNbdParameters(1.2, 3.0, 0.4, 1.5);
        GammaGammaParameters spend = new GammaGammaParameters(5, 3, 12);
        CalibrationData data = new BgNbdSimulation(7L).customerBaseInDays(truth, spend, 20_000, 2 * 365, 365);

        CustomerBaseFit fit = fitter.fit(data);

        assertThat(data.distinctHistories()).isLessThan(data.customers() > 0 ? (int) data.customers() : 0);
        assertThat(fit.purchases().r()).isCloseTo(truth.r(), within(0.15 * truth.r()));
        assertThat(fit.purchases().alpha()).isCloseTo(truth.alpha(), within(0.2 * truth.alpha()));
        assertThat(fit.purchases().a()).isCloseTo(truth.a(), within(0.3 * truth.a()));
        assertThat(fit.purchases().b()).isCloseTo(truth.b(), within(0.35 * truth.b()));
        assertThat(fit.spend().populationMeanSpend())
                .isCloseTo(spend.populationMeanSpend(), within(0.05 * spend.populationMeanSpend()));
        assertThat(fit.spend().p()).isCloseTo(spend.p(), within(0.2 * spend.p()));
        assertThat(fit.converged()).isTrue();
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        BgNbdParameters truth = new BgNbdParameters(0.8, 4.0, 0.9, 2.0);
        CalibrationData data = new BgNbdSimulation(3L).customerBase(truth, null, 500, 40, 20);
        BgNbdLikelihood likelihood = new BgNbdLikelihood(data);
        double[] point = {Math.log(0.6), Math.log(5), Math.log(1.3), Math.log(1.7)};
        double[] gradient = new double[4];
        double value = likelihood.value(point, gradient);
        for (int k = 0; k < 4; k++) {
            double h = 1e-6;
            double[] up = point.clone();
            double[] down = point.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (likelihood.value(up, null) - likelihood.value(down, null)) / (2 * h);
            assertThat(gradient[k]).isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
        }
        double direct = 0;
        BgNbdParameters at = new BgNbdParameters(0.6, 5, 1.3, 1.7);
        for (int i = 0; i < data.rows; i++) {
            direct += data.weight[i] * at.logLikelihood(data.x[i], data.tx[i], data.T[i]);
        }
        assertThat(value).isCloseTo(direct, within(1e-9 * Math.abs(direct)));
    }

    @Test
    void spendGradientMatchesFiniteDifferences() {
        CalibrationData data = new BgNbdSimulation(5L)
                .customerBase(new BgNbdParameters(1, 2, 0.5, 2), new GammaGammaParameters(4, 3, 20), 400, 40, 20);
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
        double[] point = {Math.log(3), Math.log(2.5), Math.log(15)};
        double[] gradient = new double[3];
        double value = likelihood.value(point, gradient);
        for (int k = 0; k < 3; k++) {
            double h = 1e-6;
            double[] up = point.clone();
            double[] down = point.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (likelihood.value(up, null) - likelihood.value(down, null)) / (2 * h);
            assertThat(gradient[k]).isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
        }
        GammaGammaParameters at = new GammaGammaParameters(3, 2.5, 15);
        double direct = 0;
        for (int i = 0; i < data.spendRows; i++) {
            direct += at.logLikelihood(data.spendX[i], data.spendMean[i]);
        }
        assertThat(value).isCloseTo(direct, within(1e-9 * Math.abs(direct)));
    }

    /** Fader, Hardie &amp; Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4. */
    @Test
    void reproducesThePublishedCdnowEstimates() throws IOException {
        CalibrationData data = CdnowData.summary();

        CustomerBaseFitter.BgNbdFit fit = fitter.fitPurchases(data);

        assertThat(data.customers()).isEqualTo(2357);
        assertThat(fit.parameters().r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.parameters().alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(fit.parameters().a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.parameters().b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.converged()).isTrue();
    }

    /**
     * The Gamma-Gamma estimates on the same customers: published p = 6.25, q = 3.74, γ = 15.44
     * (3 significant figures); scipy's Nelder-Mead on the same file, run independently to 1e-12,
     * gives 6.24880, 3.74459, 15.44775 (LL −4055.923).
     */
    @Test
    void reproducesThePublishedCdnowSpendEstimates() throws IOException {
        CustomerBaseFitter.SpendFit fit = fitter.fitSpend(CdnowData.summaryWithSpend());

        assertThat(fit.parameters().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.parameters().q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.parameters().gamma()).isCloseTo(15.44, within(0.001 * 15.44));
        assertThat(fit.parameters().p()).isCloseTo(6.24880, within(0.0005));
        assertThat(fit.parameters().q()).isCloseTo(3.74459, within(0.0005));
        assertThat(fit.parameters().gamma()).isCloseTo(15.44775, within(0.001));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.923, within(0.001));
    }

    @Test
    void refusesDataThatCannotIdentifyAModel() {
        CalibrationData.Builder few = CalibrationData.builder();
        for (int i = 0; i < 9; i++) {
            few.add(1, 3, 10, 20);
        }
        assertThatThrownBy(() -> fitter.fit(few.build()))
                .isInstanceOf(ModelFitRefused.class)
                .hasMessage(ModelFitRefused.TOO_FEW_CUSTOMERS);

        CalibrationData.Builder nobodyCameBack = CalibrationData.builder();
        for (int i = 0; i < 50; i++) {
            nobodyCameBack.add(0, 0, 10 + i, 0);
        }
        assertThatThrownBy(() -> fitter.fit(nobodyCameBack.build()))
                .isInstanceOf(ModelFitRefused.class)
                .hasMessage(ModelFitRefused.NO_REPEAT_PURCHASES);

        CalibrationData.Builder noSpend = CalibrationData.builder();
        for (int i = 0; i < 50; i++) {
            noSpend.add(i % 3, i % 3 == 0 ? 0 : 2, 10 + i, 0);
        }
        assertThatThrownBy(() -> fitter.fit(noSpend.build()))
                .isInstanceOf(ModelFitRefused.class)
                .hasMessage(ModelFitRefused.NO_SPEND);
    }

    @Test
    void degenerateDataGivesFiniteParametersNeverNaN() {
        // Everybody bought exactly twice, a week apart, and was seen for a year: no sign of dropout.
        CalibrationData.Builder same = CalibrationData.builder();
        for (int i = 0; i < 100; i++) {
            same.add(1, 1, 52, 10);
        }
        CustomerBaseFit fit = fitter.fit(same.build());

        assertThat(fit.logLikelihood()).isFinite();
        assertThat(new double[] {
                    fit.purchases().r(),
                    fit.purchases().alpha(),
                    fit.purchases().a(),
                    fit.purchases().b(),
                    fit.spend().p(),
                    fit.spend().q(),
                    fit.spend().gamma()
                })
                .doesNotContain(Double.NaN, Double.POSITIVE_INFINITY);
    }
}
