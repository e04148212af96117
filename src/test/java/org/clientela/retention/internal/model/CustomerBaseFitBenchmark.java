package org.clientela.retention.internal.model;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How long the maximum-likelihood fit takes on a large customer base, without the database: a
 * simulated summary of {@code bench.model.customers} customers (1,000,000) drawn from known
 * BG/NBD and Gamma-Gamma parameters, first purchases spread over a year and observed for two, in
 * whole days. Target: the BG/NBD fit itself ≤ 2 s on 2 cores (the Python library lifetimes takes
 * 9.4 s). Not part of {@code ./mvnw verify}; run it with
 *
 * <pre>./mvnw -Pbench verify -Dtest=CustomerBaseFitBenchmark -Dbench.model.customers=1000000</pre>
 *
 * Prints the figures; asserts only that the truth is recovered, never a time.
 */
class CustomerBaseFitBenchmark {

    final int customers = Integer.getInteger("bench.model.customers", 1_000_000);
    final int rounds = Integer.getInteger("bench.model.rounds", 3);

    @Test
    void fitsAMillionCustomers() {
        BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        GammaGammaParameters spend = new GammaGammaParameters(6.25, 3.74, 15.44);
        long start = System.nanoTime();
        CalibrationData data = new BgNbdSimulation(42).customerBaseInDays(truth, spend, customers, 2 * 365, 365);
        double simulated = seconds(start);
        System.out.printf(
                Locale.ROOT,
                "Simulated %,d customers (%,d repeat purchases) in %.1f s: %,d distinct histories, "
                        + "%,d spend histories%n",
                data.customers(),
                data.repeatPurchases(),
                simulated,
                data.distinctHistories(),
                data.spendHistories());
        CustomerBaseFitter fitter = new CustomerBaseFitter();
        for (int round = 1; round <= rounds; round++) {
            start = System.nanoTime();
            CustomerBaseFitter.BgNbdFit purchases = fitter.fitPurchases(data);
            double bgSeconds = seconds(start);
            start = System.nanoTime();
            CustomerBaseFitter.SpendFit spendFit = fitter.fitSpend(data);
            double ggSeconds = seconds(start);
            BgNbdParameters p = purchases.parameters();
            GammaGammaParameters s = spendFit.parameters();
            System.out.printf(
                    Locale.ROOT,
                    "Round %d: BG/NBD %.2f s (target <= 2 s) r=%.4f alpha=%.4f a=%.4f b=%.4f "
                            + "LL=%.1f converged=%s; Gamma-Gamma %.2f s p=%.3f q=%.3f gamma=%.3f%n",
                    round,
                    bgSeconds,
                    p.r(),
                    p.alpha(),
                    p.a(),
                    p.b(),
                    purchases.logLikelihood(),
                    purchases.converged(),
                    ggSeconds,
                    s.p(),
                    s.q(),
                    s.gamma());
        }
        System.out.printf(
                Locale.ROOT,
                "Cores %d, max heap %d MB, peak heap used %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                peakHeap() >> 20);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
