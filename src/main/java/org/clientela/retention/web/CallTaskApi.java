package org.clientela.retention.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.calls.CallList;
import org.clientela.retention.internal.calls.CallTasks;
import org.clientela.retention.internal.radar.SignalView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calls the radar runs plan, over the API: who is to call whom and why, in the caller's
 * language, and the outcome of a call once it is made. Pages are checked as {@link RadarApi}'s.
 */
@RestController
@RequestMapping("/api/v1/retention")
class CallTaskApi {

    private final CallTasks tasks;
    private final CallList calls;
    private final CustomerNames names;

    CallTaskApi(CallTasks tasks, CallList calls, CustomerNames names) {
        this.names = names;
        this.tasks = tasks;
        this.calls = calls;
    }

    record CallResponse(
            long id,
            long customerId,
            String customerNumber,
            String customerName,
            String owner,
            Long riskRank,
            BigDecimal moneyAtRisk,
            List<SignalKind> reasons,
            String explanation,
            Instant createdAt,
            SignalView.TaskStatus status,
            long version) {}

    record CallPage(List<CallResponse> items, int page, int size, boolean hasNext) {}

    record OutcomeRequest(CallOutcome outcome, String note, Long version) {}

    /**
     * The radar's calls, most money at risk first: {@code status} OPEN (default), DONE, NOT_NEEDED or
     * ANY; {@code owner} a username (blank = everyone's).
     */
    @GetMapping("/call-tasks")
    @PreAuthorize(RetentionRoles.READERS)
    CallPage callTasks(
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        SignalView.TaskStatus wanted = taskStatus(status);
        RadarApi.checkPage(page, size);
        Slice<CallList.CallView> slice = calls.list(wanted, RadarApi.blankToNull(owner), page, size, locale);
        return new CallPage(
                slice.items().stream()
                        .map(c -> new CallResponse(
                                c.id(),
                                c.customerId(),
                                c.customerNumber(),
                                names.shown(c.customerId(), c.customerName()),
                                c.owner(),
                                c.riskRank(),
                                c.moneyAtRisk(),
                                c.reasons(),
                                c.explanation(),
                                c.createdAt(),
                                c.task().status(),
                                c.version()))
                        .toList(),
                slice.page(),
                slice.size(),
                slice.hasNext());
    }

    /** The status asked for, or null for ANY; anything else is refused naming {@code status}. */
    private static SignalView.TaskStatus taskStatus(String status) {
        String wanted = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals("ANY")) {
            return null;
        }
        for (SignalView.TaskStatus s : SignalView.TaskStatus.values()) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        throw new InvalidInputException(List.of(InputError.field("status", "retention.api.callStatus.invalid")));
    }

    @PostMapping("/call-tasks/{id}/outcome")
    @PreAuthorize(RetentionRoles.WRITERS)
    ResponseEntity<Void> outcome(@PathVariable long id, @RequestBody OutcomeRequest request) {
        tasks.record(id, request.outcome(), request.note(), request.version());
        return ResponseEntity.noContent().build();
    }
}
