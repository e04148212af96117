package org.clientela.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.internal.fits.CustomerScores;
import org.clientela.retention.internal.fits.CustomerScores.CustomerScore;
import org.clientela.retention.internal.fits.ModelFitting;
import org.clientela.retention.internal.fits.StoredFit;
import org.clientela.retention.internal.model.CustomerBaseFit;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer-base model over JSON: fit it on the orders (ADMIN and MANAGER), read the
 * newest fit, and score one customer with it (every role).
 */
@RestController
@Tag(name = "Retention model", description = "BG/NBD + Gamma-Gamma customer-base model")
class RetentionModelApi {

    static final String FITTERS = "hasAnyRole('ADMIN','MANAGER')";
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE','VIEWER')";

    private final ModelFitting fitting;
    private final CustomerScores scores;

    RetentionModelApi(ModelFitting fitting, CustomerScores scores) {
        this.fitting = fitting;
        this.scores = scores;
    }

    /** What to fit on: orders up to and including {@code calibrationEnd} (yyyy-MM-dd; default today). */
    record FitRequest(String calibrationEnd) {}

    /**
     * A fit. r, α, a, b: BG/NBD with time in the fit's unit (weeks by default); p, q, γ: Gamma-Gamma
     * spend; {@code logLikelihood}: BG/NBD total over customers.
     */
    record FitView(
            long id,
            String model,
            LocalDate calibrationEnd,
            String timeUnit,
            double r,
            double alpha,
            double a,
            double b,
            double logLikelihood,
            long customers,
            long repeatPurchases,
            double p,
            double q,
            double gamma,
            double spendLogLikelihood,
            boolean converged,
            double seconds) {

        static FitView of(StoredFit stored) {
            CustomerBaseFit f = stored.fit();
            return new FitView(
                    stored.id(),
                    "BG/NBD",
                    stored.calibrationEnd(),
                    stored.timeUnitDays() == 7 ? "weeks" : stored.timeUnitDays() + " days",
                    f.purchases().r(),
                    f.purchases().alpha(),
                    f.purchases().a(),
                    f.purchases().b(),
                    f.logLikelihood(),
                    f.customers(),
                    f.repeatPurchases(),
                    f.spend().p(),
                    f.spend().q(),
                    f.spend().gamma(),
                    f.spendLogLikelihood(),
                    f.converged(),
                    stored.seconds());
        }
    }

    @PostMapping("/api/v1/retention/model-fits")
    @PreAuthorize(FITTERS)
    @Operation(
            summary =
                    "Fit the model on the orders up to calibrationEnd (default today); 422 when the data cannot support it")
    ResponseEntity<FitView> fit(@RequestBody(required = false) FitRequest request) {
        StoredFit stored = fitting.fit(calibrationEnd(request));
        return ResponseEntity.created(URI.create("/api/v1/retention/model-fits/latest"))
                .body(FitView.of(stored));
    }

    @GetMapping("/api/v1/retention/model-fits/latest")
    @PreAuthorize(READERS)
    @Operation(summary = "The newest fit, the one that scores customers")
    FitView latest() {
        return FitView.of(fitting.latest().orElseThrow(() -> new NotFoundException("retention model", "latest")));
    }

    @GetMapping("/api/v1/customers/{id}/retention")
    @PreAuthorize(READERS)
    @Operation(
            summary = "A customer scored by the newest fit: probability alive, expected purchases in the next "
                    + "horizonWeeks weeks, expected lifetime value, active signals")
    CustomerScore customer(@PathVariable long id, @RequestParam(defaultValue = "52") String horizonWeeks) {
        int weeks;
        try {
            weeks = Integer.parseInt(horizonWeeks.strip());
        } catch (NumberFormatException e) {
            weeks = -1;
        }
        if (weeks < 1 || weeks > 520) {
            throw new InvalidInputException(
                    InputError.field("horizonWeeks", "retention.model.horizonWeeks.range", 1, 520));
        }
        return scores.score(id, weeks);
    }

    private static LocalDate calibrationEnd(FitRequest request) {
        if (request == null
                || request.calibrationEnd() == null
                || request.calibrationEnd().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(request.calibrationEnd().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InputError.field(
                    "calibrationEnd", "retention.model.calibrationEnd.notDate", request.calibrationEnd()));
        }
    }
}
