package org.clientela.retention;

import java.time.LocalDate;
import java.util.Optional;
import org.clientela.retention.internal.fits.ModelChecking;
import org.clientela.retention.internal.fits.ModelFitting;
import org.clientela.retention.internal.fits.StoredCheck;
import org.clientela.retention.internal.fits.StoredFit;
import org.clientela.retention.internal.risk.RankingCheck;
import org.springframework.beans.factory.BeanFactory;

/**
 * The customer-base model (BG/NBD purchases, Gamma-Gamma spend) for other modules' benchmarks: fit
 * it and check it as the application does, and read the figures, without reaching into this
 * module's internals. Take it from the benchmark's application context.
 */
public final class CustomerBaseModelFixtures {

    private final BeanFactory beans;

    public CustomerBaseModelFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /** Fits both models on the orders up to {@code calibrationEnd}, and keeps the fit as the nightly fit does. */
    public Fit fit(LocalDate calibrationEnd) {
        StoredFit stored = beans.getBean(ModelFitting.class).fit(calibrationEnd);
        var purchases = stored.fit().purchases();
        var spend = stored.fit().spend();
        return new Fit(
                stored.fit().customers(),
                purchases.r(),
                purchases.alpha(),
                purchases.a(),
                purchases.b(),
                spend.p(),
                spend.q(),
                spend.gamma());
    }

    /**
     * The calibration/holdout check with its weekly tracking curve on the default dates (the newest
     * order's day and 26 weeks before it), as {@code POST /api/v1/retention/model-checks} runs it.
     */
    public Check check() {
        StoredCheck check = beans.getBean(ModelChecking.class).check(null, null);
        return new Check(
                check.fit().fit().customers(),
                check.fit().calibrationEnd(),
                check.holdoutEnd(),
                check.result().weekly().size(),
                check.result().predictedTotal(),
                check.result().actualTotal());
    }

    /**
     * How the radar's order of the customers did over a check's holdout weeks, as the API and the
     * model page show it after a check; as text for a report, empty when there was nothing to rank.
     */
    public Optional<String> rankingOver(Check check) {
        return beans.getBean(RankingCheck.class)
                .check(check.calibrationEnd(), check.holdoutEnd())
                .map(Object::toString);
    }

    /** The numbers of a fit: how many customers, the four BG/NBD and the three Gamma-Gamma parameters. */
    public record Fit(long customers, double r, double alpha, double a, double b, double p, double q, double gamma) {}

    /**
     * A check's dates and result: the repeat purchases the model predicted for the holdout weeks
     * and those that happened, with the number of weeks its tracking curve has.
     */
    public record Check(
            long customers,
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            int weeks,
            double predictedTotal,
            double actualTotal) {}
}
