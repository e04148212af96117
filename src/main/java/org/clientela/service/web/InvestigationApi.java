package org.clientela.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.NotFoundException;
import org.clientela.service.internal.investigations.Investigation;
import org.clientela.service.internal.investigations.Investigations;
import org.clientela.service.internal.investigations.RootCause;
import org.clientela.service.internal.investigations.RootCauseReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "We dropped the ball" over JSON: a case's investigation, written against the version read, and
 * the recurring root causes with the fixes recorded.
 */
@RestController
@Tag(name = "Service: investigations", description = "\"We dropped the ball\" and the recurring root causes")
class InvestigationApi {

    static final int MAX_MONTHS = 120;
    private static final int PAGE_SIZE = 25;

    private final Investigations investigations;
    private final RootCauseReport report;

    InvestigationApi(Investigations investigations, RootCauseReport report) {
        this.investigations = investigations;
        this.report = report;
    }

    /**
     * What a person records; {@code version} is the one read, absent for the first record.
     * {@code rootCause} is a {@link RootCause} name.
     */
    record InvestigationRecord(
            Long version,
            String promised,
            String expected,
            String received,
            Boolean errorAdmitted,
            String admissionNote,
            String rootCause,
            String rootCauseNote,
            String fix) {}

    record CauseCount(String cause, long cases, long admitted) {}

    record Fix(long caseId, String reference, String cause, String fix, String recordedBy, Instant recordedAt) {}

    record RootCauses(int months, Instant since, List<CauseCount> causes, List<Fix> fixes, int page, boolean hasNext) {}

    @GetMapping("/api/v1/cases/{id}/investigation")
    @PreAuthorize(ServiceRoles.READERS)
    @Operation(summary = "The case's investigation with its version; 404 when the case has none yet")
    Investigation get(@PathVariable long id) {
        return investigations.of(id).orElseThrow(() -> new NotFoundException("investigation", id));
    }

    @PutMapping("/api/v1/cases/{id}/investigation")
    @PreAuthorize(ServiceRoles.WRITERS)
    @Operation(
            summary = "Record or correct the investigation: send the version read (none for the first record); "
                    + "409 when someone saved it since, 422 naming each wrong field")
    Investigation put(@PathVariable long id, @RequestBody InvestigationRecord body) {
        ChoiceParser choices = new ChoiceParser();
        RootCause cause = choices.parse(RootCause.class, body.rootCause(), "rootCause", false);
        choices.throwIfAny();
        return investigations.save(
                id,
                body.version(),
                new Investigations.Record(
                        body.promised(),
                        body.expected(),
                        body.received(),
                        body.errorAdmitted(),
                        body.admissionNote(),
                        cause,
                        body.rootCauseNote(),
                        body.fix()));
    }

    @GetMapping("/api/v1/service/root-causes")
    @PreAuthorize(ServiceRoles.READERS)
    @Operation(
            summary = "Root causes found in the last `months` months (1–120), the most frequent first, and the "
                    + "fixes recorded (25 a page, newest first; `cause` narrows them to one cause)")
    RootCauses rootCauses(
            @RequestParam(defaultValue = "12") int months,
            @RequestParam(required = false) String cause,
            @RequestParam(defaultValue = "0") int page) {
        ChoiceParser choices = new ChoiceParser();
        months(months, choices);
        RootCause only = choices.parse(RootCause.class, cause, "cause", false);
        if (page < 0) {
            choices.add(InputError.field("page", "service.value.atLeast", 0));
        }
        choices.throwIfAny();
        Instant since = report.since(months);
        var fixes = report.fixes(since, only, page, PAGE_SIZE);
        return new RootCauses(
                months,
                since,
                report.recurringCauses(since).stream()
                        .map(c -> new CauseCount(c.cause().name(), c.cases(), c.admitted()))
                        .toList(),
                fixes.items().stream()
                        .map(f -> new Fix(
                                f.caseId(), f.reference(), f.cause().name(), f.fix(), f.recordedBy(), f.recordedAt()))
                        .toList(),
                page,
                fixes.hasNext());
    }

    /** Checks a window of months for the API's figures: 1 to {@value #MAX_MONTHS}. */
    static void months(int months, ChoiceParser choices) {
        if (months < 1 || months > MAX_MONTHS) {
            choices.add(InputError.field("months", "service.value.between", 1, MAX_MONTHS));
        }
    }
}
