package org.clientela.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Response times over JSON: a case's two clocks, and how often targets were met per person and case type. */
@RestController
@Tag(name = "Service: response times", description = "First-response and resolution targets in opening hours")
class ResponseTimeApi {

    private final Cases cases;
    private final ResponseTimes times;

    ResponseTimeApi(Cases cases, ResponseTimes times) {
        this.cases = cases;
        this.times = times;
    }

    /**
     * A case's clocks; {@code firstResponse} and {@code resolution} are null when no target is set for its
     * type and priority. Each clock: {@code targetHours}, {@code due} (respond by / resolve by), {@code doneAt},
     * {@code state} (MET, MISSED, RUNNING, NEAR, BREACHED) and {@code hoursLeft} in opening hours.
     */
    record CaseResponseTimes(
            long caseId,
            String type,
            String priority,
            ResponseTimes.Clock firstResponse,
            ResponseTimes.Clock resolution) {}

    /** On-time figures of one person or case type ({@code key}); a percentage is null when nothing was done yet. */
    record OnTime(
            String key,
            long firstDone,
            long firstMet,
            Integer firstPercent,
            long resolvedDone,
            long resolvedMet,
            Integer resolvedPercent) {
        static OnTime of(ResponseTimes.OnTime t) {
            return new OnTime(
                    t.key(),
                    t.firstDone(),
                    t.firstMet(),
                    t.firstPercent(),
                    t.resolvedDone(),
                    t.resolvedMet(),
                    t.resolvedPercent());
        }
    }

    record Figures(int months, Instant since, List<OnTime> perPerson, List<OnTime> perType) {}

    @GetMapping("/api/v1/cases/{id}/response-times")
    @PreAuthorize(ServiceRoles.READERS)
    @Operation(summary = "Respond by, resolve by and the state of each clock of a case")
    CaseResponseTimes ofCase(@PathVariable long id) {
        ServiceCase c = cases.get(id);
        var clocks = times.of(c);
        return new CaseResponseTimes(
                c.getId(),
                c.getType().name(),
                c.getPriority().name(),
                clocks.map(ResponseTimes.CaseClocks::firstResponse).orElse(null),
                clocks.map(ResponseTimes.CaseClocks::resolution).orElse(null));
    }

    @GetMapping("/api/v1/service/response-times")
    @PreAuthorize(ServiceRoles.READERS)
    @Operation(
            summary = "Of the cases opened in the last `months` months (1–120): first answers and resolutions "
                    + "done, how many in time and the percentage, per person and per case type")
    Figures figures(@RequestParam(defaultValue = "3") int months) {
        ChoiceParser choices = new ChoiceParser();
        InvestigationApi.months(months, choices);
        choices.throwIfAny();
        Instant since = times.since(months);
        var figures = times.figures(since);
        return new Figures(
                months,
                since,
                figures.perPerson().stream().map(OnTime::of).toList(),
                figures.perType().stream().map(OnTime::of).toList());
    }
}
