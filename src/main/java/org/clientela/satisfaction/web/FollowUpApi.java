package org.clientela.satisfaction.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.followups.FollowUpOutcome;
import org.clientela.satisfaction.internal.followups.FollowUpRule;
import org.clientela.satisfaction.internal.followups.FollowUpRules;
import org.clientela.satisfaction.internal.followups.FollowUpRun;
import org.clientela.satisfaction.internal.followups.FollowUps;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follow-up calls over JSON: the rule (managers change it), running it for a day (managers), the
 * open calls, recording what a call found, and the figures.
 */
@RestController
@RequestMapping("/api/v1/follow-ups")
class FollowUpApi {

    private final FollowUpRules rules;
    private final FollowUpRun run;
    private final FollowUps followUps;
    private final Clock clock;

    FollowUpApi(FollowUpRules rules, FollowUpRun run, FollowUps followUps, Clock clock) {
        this.rules = rules;
        this.run = run;
        this.followUps = followUps;
        this.clock = clock;
    }

    record RuleBody(
            Integer daysAfter,
            Boolean firstOrders,
            BigDecimal minAmount,
            Integer gapDays,
            Integer dueWorkingDays,
            Long version) {

        FollowUpRule rule() {
            List<InputError> errors = new ArrayList<>();
            for (var field : List.of(
                    java.util.Map.entry("daysAfter", daysAfter == null),
                    java.util.Map.entry("firstOrders", firstOrders == null),
                    java.util.Map.entry("gapDays", gapDays == null),
                    java.util.Map.entry("dueWorkingDays", dueWorkingDays == null),
                    java.util.Map.entry("version", version == null))) {
                if (field.getValue()) {
                    errors.add(InputError.field(field.getKey(), "satisfaction.surveys.required"));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new FollowUpRule(daysAfter, firstOrders, minAmount, gapDays, dueWorkingDays, version);
        }
    }

    record CallBody(String outcome, String note, String surveyKind, Integer score) {}

    record Page(List<FollowUps.FollowUp> items) {}

    @GetMapping("/rule")
    @PreAuthorize(SatisfactionRoles.READERS)
    FollowUpRule rule() {
        return rules.current();
    }

    @PutMapping("/rule")
    @PreAuthorize(SatisfactionRoles.MANAGERS)
    FollowUpRule change(@RequestBody RuleBody body, Authentication authentication) {
        return rules.change(body.rule(), authentication.getName());
    }

    @PostMapping("/run")
    @PreAuthorize(SatisfactionRoles.MANAGERS)
    FollowUpRun.Result run(@RequestParam(required = false) String date) {
        return run.run(date == null || date.isBlank() ? LocalDate.now(clock) : day("date", date));
    }

    /** Open calls: one's own, or everybody's for those who manage. */
    @GetMapping
    @PreAuthorize(SatisfactionRoles.READERS)
    Page open(@RequestParam(defaultValue = "0") int page, Authentication authentication) {
        return new Page(
                followUps.open(FollowUpPages.manages(authentication) ? null : authentication.getName(), page, 100));
    }

    @GetMapping("/{id}")
    @PreAuthorize(SatisfactionRoles.READERS)
    FollowUps.FollowUp get(@PathVariable long id) {
        return followUps.get(id);
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize(SatisfactionRoles.WORKERS)
    FollowUps.Recorded outcome(@PathVariable long id, @RequestBody CallBody body, Authentication authentication) {
        List<InputError> errors = new ArrayList<>();
        FollowUpOutcome outcome = SurveyApi.parse(FollowUpOutcome.class, "outcome", body.outcome(), errors);
        SurveyKind kind = body.surveyKind() == null || body.surveyKind().isBlank()
                ? null
                : SurveyApi.parse(SurveyKind.class, "surveyKind", body.surveyKind(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return followUps.record(
                id,
                new FollowUps.Call(outcome, body.note(), kind, body.score()),
                authentication.getName(),
                FollowUpPages.manages(authentication));
    }

    @GetMapping("/figures")
    @PreAuthorize(SatisfactionRoles.READERS)
    FollowUps.Figures figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        SurveyFiguresApi.Period period = SurveyFiguresApi.Period.of(from, to, clock);
        return followUps.figures(period.from(), period.to());
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidInputException(InputError.field(field, "satisfaction.surveys.figures.day"));
        }
    }
}
