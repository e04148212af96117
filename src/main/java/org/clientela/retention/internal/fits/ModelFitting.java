package org.clientela.retention.internal.fits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.RepeatPurchaseSummary;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.model.CalibrationData;
import org.clientela.retention.internal.model.CustomerBaseFit;
import org.clientela.retention.internal.model.CustomerBaseFitter;
import org.clientela.retention.internal.model.ModelFitRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fits the customer-base model on the orders and keeps every fit: the newest MODEL fit is the one
 * that scores customers ({@link ModelChecking} runs the calibration/holdout check). Data the model cannot use
 * (too few customers, nobody bought twice, a date in the future) is refused with
 * {@link InvalidInputException} on the field {@code calibrationEnd}.
 */
@Service
public class ModelFitting {

    private static final Logger log = LoggerFactory.getLogger(ModelFitting.class);

    private final CustomerPurchases summaries;
    private final ModelFits fits;
    private final ModelSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final CustomerBaseFitter fitter = new CustomerBaseFitter();

    ModelFitting(CustomerPurchases summaries, ModelFits fits, ModelSettings settings, AuditLog audit, Clock clock) {
        this.summaries = summaries;
        this.fits = fits;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the business's time zone, the default calibration end. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Fits on the orders up to and including {@code calibrationEnd} (today when null) and keeps the fit. */
    @Transactional
    public StoredFit fit(LocalDate calibrationEnd) {
        LocalDate end = calibrationEnd == null ? today() : calibrationEnd;
        if (end.isAfter(today())) {
            throw new InvalidInputException(
                    InputError.field("calibrationEnd", "retention.model.calibrationEnd.future"));
        }
        long started = System.nanoTime();
        CustomerBaseFit fit = fitOrRefuse(read(end, null));
        StoredFit stored = keep(end, StoredFit.Purpose.MODEL, fit, started);
        audit.record(
                "RETENTION_MODEL_FITTED",
                "retention_model_fit",
                stored.id(),
                "BG/NBD r=%.4g alpha=%.4g a=%.4g b=%.4g on %d customers up to %s"
                        .formatted(
                                fit.purchases().r(),
                                fit.purchases().alpha(),
                                fit.purchases().a(),
                                fit.purchases().b(),
                                fit.customers(),
                                end),
                null,
                parameters(stored),
                fit.customers());
        log.info(
                "Customer-base model fitted on {} customers up to {} in {} s",
                fit.customers(),
                end,
                "%.2f".formatted(stored.seconds()));
        return stored;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFit> latest() {
        return fits.latest(StoredFit.Purpose.MODEL);
    }

    private CalibrationData read(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        return read(calibrationEnd, holdoutEnd, s -> {}, day -> {});
    }

    /**
     * The calibration histories of the customers whose first purchase is on or before
     * {@code calibrationEnd}, with their purchases up to {@code holdoutEnd} when not null; each
     * summary and each repeat purchase day is also handed to the listeners.
     */
    CalibrationData read(
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            Consumer<RepeatPurchaseSummary> eachCustomer,
            Consumer<LocalDate> eachRepeatDay) {
        CalibrationData.Builder builder = CalibrationData.builder();
        long endDay = calibrationEnd.toEpochDay();
        summaries.forEachSummary(
                calibrationEnd,
                holdoutEnd,
                s -> {
                    eachCustomer.accept(s);
                    long first = s.firstPurchase().toEpochDay();
                    int x = s.repeatPurchases();
                    double meanSpend = x > 0 ? s.repeatSpend().doubleValue() / x : 0;
                    builder.add(
                            x,
                            settings.unitsFromDays(s.lastPurchase().toEpochDay() - first),
                            settings.unitsFromDays(endDay - first),
                            meanSpend,
                            s.purchaseDaysAfter());
                },
                eachRepeatDay);
        return builder.build();
    }

    CustomerBaseFit fitOrRefuse(CalibrationData data) {
        try {
            return fitter.fit(data);
        } catch (ModelFitRefused e) {
            throw new InvalidInputException(InputError.field("calibrationEnd", e.messageKey(), e.args()));
        }
    }

    StoredFit keep(LocalDate end, StoredFit.Purpose purpose, CustomerBaseFit fit, long startedNanos) {
        Instant now = clock.instant();
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        StoredFit draft =
                new StoredFit(0, now, end, purpose, settings.timeUnitDays(), fit, seconds, AuditLog.currentActor());
        long id = fits.add(draft);
        return new StoredFit(id, now, end, purpose, settings.timeUnitDays(), fit, seconds, draft.fittedBy());
    }

    static Map<String, Object> parameters(StoredFit stored) {
        CustomerBaseFit fit = stored.fit();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("calibrationEnd", stored.calibrationEnd().toString());
        state.put("r", fit.purchases().r());
        state.put("alpha", fit.purchases().alpha());
        state.put("a", fit.purchases().a());
        state.put("b", fit.purchases().b());
        state.put("logLikelihood", fit.logLikelihood());
        state.put("p", fit.spend().p());
        state.put("q", fit.spend().q());
        state.put("gamma", fit.spend().gamma());
        state.put("customers", fit.customers());
        return state;
    }
}
