package org.clientela.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.fits.ModelChecking;
import org.clientela.retention.internal.fits.StoredCheck;
import org.clientela.retention.internal.model.CustomerBaseFit;
import org.clientela.retention.internal.model.HoldoutCheck;
import org.clientela.retention.internal.risk.RankingCheck;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calibration/holdout check over JSON: fit on the orders up to one date, predict the
 * repeat purchases up to another, compare with what happened — in total, by number of past repeat
 * purchases and week by week. ADMIN and MANAGER, like fitting.
 */
@RestController
@Tag(name = "Retention model")
class ModelCheckApi {

    private final ModelChecking checking;
    private final ModelCheckWords words;
    private final RankingCheck ranking;
    private final MessageSource messages;

    ModelCheckApi(ModelChecking checking, ModelCheckWords words, RankingCheck ranking, MessageSource messages) {
        this.checking = checking;
        this.words = words;
        this.ranking = ranking;
        this.messages = messages;
    }

    /**
     * The two dates, yyyy-MM-dd, both optional: {@code holdoutEnd} defaults to the newest order's
     * day, {@code calibrationEnd} to 26 weeks (clientela.retention.model.holdout-weeks) before it.
     */
    record CheckRequest(String calibrationEnd, String holdoutEnd) {}

    /**
     * A check. {@code week} counts weeks since the earliest first purchase of the checked customers
     * (week 1 holds it); the weeks up to the calibration end carry the model's unconditional
     * expectation from each customer's first purchase, the later ones each customer's conditional
     * expectation, so they add up to {@code predictedRepeatPurchases}.
     */
    record CheckView(
            long id,
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            double holdoutWeeks,
            long customers,
            double predictedRepeatPurchases,
            double actualRepeatPurchases,
            int lastCalibrationWeek,
            List<WeekView> weekly,
            List<GroupView> byFrequency,
            List<ModelCheckWords.Warning> warnings,
            ModelView model,
            Double auc,
            RankingView ranking) {}

    /**
     * How the radar's ranking on the calibration end did over the checked period: {@code auc} for
     * "bought nothing", the same for the days since the last purchase alone, and of the {@code top}
     * customers it put first, how many bought nothing ({@code topLost}) against a list drawn at
     * random ({@code randomLost}), said in words.
     */
    record RankingView(
            String method,
            long customers,
            long lost,
            double auc,
            double aucRecency,
            int top,
            int topLost,
            long randomLost,
            String sentence) {}

    record WeekView(int week, double predicted, double actual, double cumulativePredicted, double cumulativeActual) {}

    /**
     * Customers by repeat purchases before the checked period (the last group: this many or more),
     * with their predicted and actual repeat purchases in it, summed over the group and per customer
     * (the figure of Fader, Hardie &amp; Lee).
     */
    record GroupView(
            int repeatPurchases,
            boolean orMore,
            long customers,
            double predicted,
            double actual,
            double predictedPerCustomer,
            double actualPerCustomer) {}

    /** BG/NBD (r, α, a, b; time in {@code timeUnit}) fitted on the calibration period, and its fit. */
    record ModelView(
            String name,
            String timeUnit,
            double r,
            double alpha,
            double a,
            double b,
            double logLikelihood,
            long customers,
            long repeatPurchases,
            boolean converged,
            double seconds) {}

    @PostMapping("/api/v1/retention/model-checks")
    @PreAuthorize(RetentionModelApi.FITTERS)
    @Operation(
            summary = "Check the model: fit on the orders up to calibrationEnd, predict the repeat purchases up to "
                    + "holdoutEnd and compare with what happened, in total, by past repeat purchases and week by week "
                    + "(defaults: holdoutEnd = the newest order's day, calibrationEnd = 26 weeks before it); warnings when "
                    + "the checked period holds no or few repeat purchases or ends after the newest order; 422 naming the "
                    + "field for bad dates, calibrationEnd not before holdoutEnd, or too little data")
    CheckView check(@RequestBody(required = false) CheckRequest request, Locale locale) {
        LocalDate calibrationEnd = date("calibrationEnd", request == null ? null : request.calibrationEnd());
        LocalDate holdoutEnd = date("holdoutEnd", request == null ? null : request.holdoutEnd());
        StoredCheck check = checking.check(calibrationEnd, holdoutEnd);
        RankingView quality = ranking.check(check.fit().calibrationEnd(), check.holdoutEnd())
                .map(q -> new RankingView(
                        q.method(),
                        q.customers(),
                        q.lost(),
                        round(q.auc(), 10000),
                        round(q.aucRecency(), 10000),
                        q.top(),
                        q.topLost(),
                        q.baseOfTop(),
                        messages.getMessage(
                                "retention.model.check.ranking",
                                new Object[] {
                                    q.top(),
                                    q.topLost(),
                                    q.baseOfTop(),
                                    Math.round(q.auc() * 100),
                                    Math.round(q.aucRecency() * 100)
                                },
                                locale)))
                .orElse(null);
        return view(check, quality);
    }

    private CheckView view(StoredCheck check, RankingView quality) {
        HoldoutCheck.Result result = check.result();
        CustomerBaseFit fit = check.fit().fit();
        return new CheckView(
                check.id(),
                check.fit().calibrationEnd(),
                check.holdoutEnd(),
                round(check.holdoutLengthWeeks(), 100),
                fit.customers(),
                round(result.predictedTotal(), 1000),
                Math.round(result.actualTotal()),
                result.calibrationWeeks(),
                result.weekly().stream()
                        .map(w -> new WeekView(
                                w.week(),
                                round(w.predicted(), 1000),
                                w.actual(),
                                round(w.cumulativePredicted(), 1000),
                                w.cumulativeActual()))
                        .toList(),
                result.groups().stream()
                        .map(g -> new GroupView(
                                g.repeatPurchases(),
                                g.repeatPurchases() == HoldoutCheck.GROUPS,
                                g.customers(),
                                round(g.predicted() * g.customers(), 1000),
                                Math.round(g.actual() * g.customers()),
                                round(g.predicted(), 10000),
                                round(g.actual(), 10000)))
                        .toList(),
                words.warnings(check),
                new ModelView(
                        "BG/NBD",
                        check.fit().timeUnitDays() == 7 ? "weeks" : check.fit().timeUnitDays() + " days",
                        fit.purchases().r(),
                        fit.purchases().alpha(),
                        fit.purchases().a(),
                        fit.purchases().b(),
                        fit.logLikelihood(),
                        fit.customers(),
                        fit.repeatPurchases(),
                        fit.converged(),
                        check.fit().seconds()),
                quality == null ? null : quality.auc(),
                quality);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InputError.field(field, "retention.model.check.notDate", value));
        }
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
