package org.clientela.retention.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits BG/NBD and Gamma-Gamma by maximum likelihood. Both searches run in log-parameter space
 * (every vector is a valid model), inside [e^−15, e^15] per parameter, from several starts; the
 * best finite optimum wins. Refuses, with {@link ModelFitRefused}, data that cannot identify a
 * model.
 */
public final class CustomerBaseFitter {

    /** Fewer customers than this cannot identify four parameters. */
    public static final int MIN_CUSTOMERS = 10;

    /** Above this many distinct histories, the starts are searched on a sample of this size. */
    static final int SAMPLE_ROWS = 20_000;

    private static final double LOWER = -15;
    private static final double UPPER = 15;

    private final QuasiNewton optimizer = new QuasiNewton(LOWER, UPPER, 1e-9, 500);

    /** Both models on the same data. */
    public CustomerBaseFit fit(CalibrationData data) {
        BgNbdFit purchases = fitPurchases(data);
        SpendFit spend = fitSpend(data);
        return new CustomerBaseFit(
                purchases.parameters(),
                purchases.logLikelihood(),
                spend.parameters(),
                spend.logLikelihood(),
                data.customers(),
                data.repeatPurchases(),
                purchases.converged() && spend.converged());
    }

    /** The purchase model alone. */
    public BgNbdFit fitPurchases(CalibrationData data) {
        if (data.customers() < MIN_CUSTOMERS) {
            throw new ModelFitRefused(ModelFitRefused.TOO_FEW_CUSTOMERS, data.customers(), MIN_CUSTOMERS);
        }
        if (data.repeatPurchases() == 0) {
            throw new ModelFitRefused(ModelFitRefused.NO_REPEAT_PURCHASES);
        }
        // α is on the scale of time: start it where r/α matches the observed purchase rate.
        double n = data.customers();
        double meanT = 0;
        for (int i = 0; i < data.rows; i++) {
            meanT += data.T[i] * data.weight[i];
        }
        meanT /= n;
        double rate = data.repeatPurchases() / n / Math.max(meanT, 1e-9);
        List<double[]> starts = new ArrayList<>();
        for (double[] s : new double[][] {{1, 1, 1}, {0.25, 0.5, 2}, {4, 2, 8}, {0.5, 1, 0.5}}) {
            starts.add(new double[] {Math.log(s[0]), Math.log(s[0] / rate), Math.log(s[1]), Math.log(s[2])});
        }
        // Large data: every start searches a sample of the histories for the optimum's basin, and
        // only the best one is polished on all of them (a few iterations instead of dozens per start).
        CalibrationData sample = data.sample(SAMPLE_ROWS);
        if (sample != data) {
            QuasiNewton.Result rough = best(purchaseObjective(sample), starts);
            starts = List.of(rough.point());
        }
        QuasiNewton.Result best = best(purchaseObjective(data), starts);
        double[] p = best.point();
        return new BgNbdFit(
                new BgNbdParameters(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])),
                -best.value() * n,
                best.converged());
    }

    private static QuasiNewton.Objective purchaseObjective(CalibrationData data) {
        BgNbdLikelihood likelihood = new BgNbdLikelihood(data);
        double n = data.customers();
        return (point, gradient) -> {
            double value = -likelihood.value(point, gradient) / n;
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = -gradient[i] / n;
            }
            return value;
        };
    }

    /** The spend model alone. */
    public SpendFit fitSpend(CalibrationData data) {
        if (data.spendHistories() == 0) {
            throw new ModelFitRefused(ModelFitRefused.NO_SPEND);
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
        double mean = likelihood.meanSpend();
        List<double[]> starts = new ArrayList<>();
        for (double[] s : new double[][] {{1, 2}, {4, 4}, {10, 2}, {0.5, 1.5}}) {
            // γ such that the population mean pγ/(q − 1) matches the observed mean.
            starts.add(new double[] {Math.log(s[0]), Math.log(s[1]), Math.log(mean * (s[1] - 0.5) / s[0])});
        }
        int step = (data.spendHistories() + SAMPLE_ROWS - 1) / SAMPLE_ROWS;
        if (step > 1) {
            starts = List.of(best(spendObjective(new GammaGammaLikelihood(data, step)), starts)
                    .point());
        }
        QuasiNewton.Result best = best(spendObjective(likelihood), starts);
        double n = likelihood.rows();
        double[] p = best.point();
        return new SpendFit(
                new GammaGammaParameters(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2])),
                -best.value() * n,
                best.converged());
    }

    private static QuasiNewton.Objective spendObjective(GammaGammaLikelihood likelihood) {
        double n = likelihood.rows();
        return (point, gradient) -> {
            double value = -likelihood.value(point, gradient) / n;
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = -gradient[i] / n;
            }
            return value;
        };
    }

    private QuasiNewton.Result best(QuasiNewton.Objective objective, List<double[]> starts) {
        QuasiNewton.Result best = null;
        for (double[] start : starts) {
            QuasiNewton.Result result = optimizer.minimize(objective, start);
            if (Double.isFinite(result.value()) && (best == null || result.value() < best.value())) {
                best = result;
            }
        }
        if (best == null) {
            throw new ModelFitRefused(ModelFitRefused.NOT_FINITE);
        }
        return best;
    }

    /** The purchase model's optimum; {@code logLikelihood} is the total over customers. */
    public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, boolean converged) {}

    /** The spend model's optimum; {@code logLikelihood} is the total over repeat buyers. */
    public record SpendFit(GammaGammaParameters parameters, double logLikelihood, boolean converged) {}
}
