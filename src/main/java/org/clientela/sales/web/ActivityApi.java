package org.clientela.sales.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.CleanText;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.activities.Activity;
import org.clientela.sales.internal.activities.ActivityLog;
import org.clientela.sales.internal.activities.NewActivity;
import org.clientela.sales.internal.activities.NextStep;
import org.clientela.sales.internal.prospects.Stage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The steps on a prospect over JSON: log one, list them. */
@RestController
@RequestMapping("/api/v1/prospects/{id}/activities")
class ActivityApi {

    private final ActivityLog log;

    ActivityApi(ActivityLog log) {
        this.log = log;
    }

    /** A step as sent: moments as ISO-8601 instants ({@code at} missing is now). */
    record ActivityRequest(
            @CleanText(max = 20) String kind,
            @CleanText(max = 40) String at,
            Integer minutes,
            BigDecimal amount,
            @CleanText(max = 20) String reason,
            @CleanText(max = 40) String appointmentAt,
            @CleanText(max = 2000, lines = true) String note,
            @CleanText(max = 40) String nextStepAt,
            @CleanText(max = 500) String nextStepNote) {}

    /** A step logged, the prospect's stage after it and the customer it became when won. */
    record Logged(ActivityResponse activity, Stage stage, Long customerId) {}

    record ActivityResponse(
            long id,
            long prospectId,
            Long campaignId,
            String seller,
            String kind,
            Instant at,
            Integer minutes,
            BigDecimal amount,
            Instant appointmentAt,
            String reason,
            String note,
            Instant recordedAt) {

        static ActivityResponse of(Activity a) {
            return new ActivityResponse(
                    a.id(),
                    a.prospectId(),
                    a.campaignId(),
                    a.seller(),
                    a.kind().name(),
                    a.at(),
                    a.minutes(),
                    a.amount(),
                    a.appointmentAt(),
                    a.reason() == null ? null : a.reason().name(),
                    a.note(),
                    a.recordedAt());
        }
    }

    record Timeline(long prospectId, Stage stage, Long customerId, List<ActivityResponse> activities) {}

    @PostMapping
    @PreAuthorize(ActivityRoles.WRITERS)
    ResponseEntity<Logged> log(@PathVariable long id, @Valid @RequestBody ActivityRequest body) {
        List<InputError> errors = new ArrayList<>();
        Instant at = instant("at", body.at(), errors);
        Instant appointmentAt = instant("appointmentAt", body.appointmentAt(), errors);
        Instant nextStepAt = instant("nextStepAt", body.nextStepAt(), errors);
        if (nextStepAt == null
                && body.nextStepNote() != null
                && !body.nextStepNote().isBlank()) {
            errors.add(InputError.field("nextStepAt", "sales.activity.nextStep.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActivityLog.Logged logged = log.log(
                id,
                new NewActivity(
                        body.kind(), at, body.minutes(), body.amount(), body.reason(), appointmentAt, body.note()),
                nextStepAt == null ? null : new NextStep(nextStepAt, body.nextStepNote()));
        return ResponseEntity.created(URI.create("/api/v1/prospects/" + id + "/activities/"
                        + logged.activity().id()))
                .body(new Logged(ActivityResponse.of(logged.activity()), logged.stage(), logged.customerId()));
    }

    @GetMapping
    @PreAuthorize(ActivityRoles.READERS)
    Timeline list(@PathVariable long id) {
        var prospect = log.prospect(id);
        return new Timeline(
                id,
                prospect.stage(),
                prospect.customerId(),
                log.timeline(id).stream().map(ActivityResponse::of).toList());
    }

    private static Instant instant(String field, String text, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(InputError.field(field, "sales.activity.instant.invalid"));
            return null;
        }
    }
}
