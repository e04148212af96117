package org.clientela.retention.internal.fits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.model.CalibrationData;
import org.clientela.retention.internal.model.CustomerBaseFit;
import org.clientela.retention.internal.model.HoldoutCheck;
import org.clientela.retention.internal.model.TrackingCurve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calibration/holdout check on any two dates: fit the model on the orders up to
 * {@code calibrationEnd} (customers whose first purchase is on or before it), predict the repeat
 * purchases of those customers in the days after it up to {@code holdoutEnd}, compare with what
 * they bought — in total, by number of past repeat purchases and week by week — and keep it.
 *
 * <p>The dates default to the business's own history, not to today: {@code holdoutEnd} to the day
 * of the newest order, {@code calibrationEnd} to {@code clientela.retention.model.holdout-weeks}
 * (26) weeks before it. A history that ends long ago can therefore be checked; a period after the
 * newest order is allowed, and the check says so; a calibration end after today, or a checked
 * period longer than {@value #MAX_HOLDOUT_WEEKS} weeks, is refused.
 */
@Service
public class ModelChecking {

    private static final Logger log = LoggerFactory.getLogger(ModelChecking.class);

    /** The longest checked period, in weeks: five years, as the setting's own limit. */
    public static final int MAX_HOLDOUT_WEEKS = 260;

    private final ModelFitting fitting;
    private final PurchaseFigures summaries;
    private final ModelFits fits;
    private final ModelSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    ModelChecking(
            ModelFitting fitting,
            PurchaseFigures summaries,
            ModelFits fits,
            ModelSettings settings,
            AuditLog audit,
            Clock clock) {
        this.fitting = fitting;
        this.summaries = summaries;
        this.fits = fits;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The two dates a check uses when none are given (empty when the business has no orders yet). */
    public record Period(LocalDate calibrationEnd, LocalDate holdoutEnd) {}

    /** The default period: up to the newest order, and the configured weeks before it. */
    @Transactional(readOnly = true)
    public Optional<Period> defaultPeriod() {
        return summaries.lastPurchaseDay().map(last -> new Period(last.minusWeeks(settings.holdoutWeeks()), last));
    }

    /**
     * Checks the model on the given dates, either of which may be null for its default. Refused
     * with {@link InvalidInputException} naming the field when the holdout does not end after the
     * calibration, or when the calibration period cannot support a fit.
     */
    @Transactional
    public StoredCheck check(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        Optional<LocalDate> lastOrder = summaries.lastPurchaseDay();
        LocalDate end = holdoutEnd;
        if (end == null) {
            end = lastOrder.orElseThrow(
                    () -> new InvalidInputException(InputError.field("holdoutEnd", "retention.model.check.noOrders")));
        }
        LocalDate start = calibrationEnd == null ? end.minusWeeks(settings.holdoutWeeks()) : calibrationEnd;
        if (start.isAfter(fitting.today())) {
            throw new InvalidInputException(
                    InputError.field("calibrationEnd", "retention.model.calibrationEnd.future"));
        }
        if (!start.isBefore(end)) {
            throw new InvalidInputException(InputError.field(
                    calibrationEnd == null ? "holdoutEnd" : "calibrationEnd",
                    "retention.model.check.order",
                    start,
                    end));
        }
        if (end.isAfter(start.plusWeeks(MAX_HOLDOUT_WEEKS))) {
            throw new InvalidInputException(
                    InputError.field("holdoutEnd", "retention.model.check.tooLong", MAX_HOLDOUT_WEEKS));
        }
        long started = System.nanoTime();
        Map<Long, long[]> firstPurchases = new HashMap<>();
        Map<Long, long[]> repeatDays = new HashMap<>();
        CalibrationData data = fitting.read(
                start,
                end,
                s -> firstPurchases.computeIfAbsent(s.firstPurchase().toEpochDay(), d -> new long[1])[0]++,
                day -> repeatDays.computeIfAbsent(day.toEpochDay(), d -> new long[1])[0]++);
        long read = System.nanoTime();
        CustomerBaseFit fit = fitting.fitOrRefuse(data);
        long fitted = System.nanoTime();
        HoldoutCheck.Result result = HoldoutCheck.compare(
                data, fit.purchases(), settings.unitsFromDays(end.toEpochDay() - start.toEpochDay()));
        result = withCurve(result, data, fit, firstPurchases, repeatDays, start, end);
        long compared = System.nanoTime();
        StoredFit stored = fitting.keep(start, StoredFit.Purpose.CHECK, fit, started);
        int weeks = (int) Math.ceil((end.toEpochDay() - start.toEpochDay()) / 7.0);
        StoredCheck check = new StoredCheck(
                0, stored, clock.instant(), end, weeks, result, AuditLog.currentActor(), lastOrder.orElse(null));
        fits.addCheck(check);
        audit.record(
                "RETENTION_MODEL_CHECKED",
                "retention_model_fit",
                stored.id(),
                "Check %s to %s: predicted %.1f, actual %.0f repeat purchases"
                        .formatted(start.plusDays(1), end, result.predictedTotal(), result.actualTotal()),
                null,
                ModelFitting.parameters(stored),
                Math.round(result.predictedTotal()),
                Math.round(result.actualTotal()));
        log.info(
                "Model checked from {} to {} on {} customers ({} distinct histories): predicted {} repeat purchases, "
                        + "actual {}; {} s (reading {} s, fitting {} s, comparing and the weekly curve {} s)",
                start.plusDays(1),
                end,
                fit.customers(),
                data.distinctHistories(),
                "%.1f".formatted(result.predictedTotal()),
                "%.0f".formatted(result.actualTotal()),
                seconds(started, System.nanoTime()),
                seconds(started, read),
                seconds(read, fitted),
                seconds(fitted, compared));
        return check;
    }

    private static String seconds(long from, long to) {
        return "%.2f".formatted((to - from) / 1e9);
    }

    @Transactional(readOnly = true)
    public Optional<StoredCheck> latest() {
        return fits.latestCheck();
    }

    private HoldoutCheck.Result withCurve(
            HoldoutCheck.Result result,
            CalibrationData data,
            CustomerBaseFit fit,
            Map<Long, long[]> firstPurchases,
            Map<Long, long[]> repeatDays,
            LocalDate calibrationEnd,
            LocalDate holdoutEnd) {
        long origin = firstPurchases.keySet().stream()
                .mapToLong(Long::longValue)
                .min()
                .orElse(calibrationEnd.toEpochDay());
        int calibrationDay = (int) (calibrationEnd.toEpochDay() - origin);
        int holdoutDay = (int) (holdoutEnd.toEpochDay() - origin);
        long[] firsts = new long[calibrationDay + 1];
        firstPurchases.forEach((day, n) -> firsts[(int) (day - origin)] += n[0]);
        long[] repeats = new long[holdoutDay + 1];
        repeatDays.forEach((day, n) -> {
            long offset = day - origin;
            if (offset >= 0 && offset <= holdoutDay) {
                repeats[(int) offset] += n[0];
            }
        });
        List<TrackingCurve.Week> weekly = TrackingCurve.weekly(
                fit.purchases(), data, settings.timeUnitDays(), firsts, repeats, calibrationDay, holdoutDay);
        return result.withWeekly(weekly, TrackingCurve.weekOf(calibrationDay));
    }
}
