package org.clientela.retention.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.calls.CallList;
import org.clientela.retention.internal.calls.CallTasks;
import org.clientela.retention.internal.radar.RadarRun;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.retention.internal.radar.SignalBoard;
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
 * The retention radar over the API: start a run (it works in the background; poll its status),
 * list the active signals with their explanation in the caller's language ({@code Accept-Language}
 * or {@code ?lang=}), and record the outcome of a call.
 */
@RestController
@RequestMapping("/api/v1/retention")
class RadarApi {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE','VIEWER')";
    static final String RUNNERS = "hasAnyRole('ADMIN','MANAGER')";
    static final String CALLERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE')";
    static final int MAX_PAGE_SIZE = 200;

    private final RetentionRadar radar;
    private final SignalBoard board;
    private final CallTasks tasks;
    private final CallList calls;

    RadarApi(RetentionRadar radar, SignalBoard board, CallTasks tasks, CallList calls) {
        this.radar = radar;
        this.board = board;
        this.tasks = tasks;
        this.calls = calls;
    }

    record RunResponse(
            long id,
            RadarRun.Status status,
            String trigger,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            LocalDate asOf,
            long customersJudged,
            long customersWithTooLittleHistory,
            long signalsActive,
            long signalsNew,
            long signalsClosed,
            long callTasksCreated,
            boolean lowActivityProbabilityJudged,
            String error,
            long customersScored,
            RadarRun.Ranking ranking) {

        static RunResponse of(RadarRun run) {
            return new RunResponse(
                    run.id(),
                    run.status(),
                    run.trigger(),
                    run.startedBy(),
                    run.startedAt(),
                    run.finishedAt(),
                    run.asOf(),
                    run.customersDone() - run.customersThin(),
                    run.customersThin(),
                    run.signalsFound(),
                    run.signalsNew(),
                    run.signalsClosed(),
                    run.tasksCreated(),
                    run.modelUsed(),
                    run.error(),
                    run.ranking() == null ? 0 : run.customersDone(),
                    run.ranking());
        }
    }

    /** @param asOf the day to judge the business as of (YYYY-MM-DD); today when absent */
    record RunRequest(String asOf) {}

    record SignalResponse(
            long id,
            long customerId,
            String customerNumber,
            String customerName,
            SignalKind kind,
            String explanation,
            BigDecimal moneyAtStake,
            Instant firstSeen,
            Instant lastSeen,
            SignalView.Task task) {}

    record SignalPage(List<SignalResponse> items, int page, int size, boolean hasNext) {}

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

    @PostMapping("/radar-runs")
    @PreAuthorize(RUNNERS)
    ResponseEntity<RunResponse> start(@RequestBody(required = false) RunRequest request) {
        long id = radar.start(AuditLog.currentActor(), radar.asOf(request == null ? null : request.asOf()));
        RadarRun run = radar.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/retention/radar-runs/" + id))
                .body(RunResponse.of(run));
    }

    @GetMapping("/radar-runs/{id}")
    @PreAuthorize(READERS)
    RunResponse run(@PathVariable long id) {
        return radar.find(id).map(RunResponse::of).orElseThrow(() -> new NotFoundException("radar run", id));
    }

    @GetMapping("/signals")
    @PreAuthorize(READERS)
    SignalPage signals(
            @RequestParam(required = false) SignalKind kind,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        if (page < 0) {
            throw new InvalidInputException(List.of(InputError.field("page", "retention.api.page.invalid")));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    List.of(InputError.field("size", "retention.api.size.invalid", MAX_PAGE_SIZE)));
        }
        Slice<SignalView> slice =
                board.list(new SignalBoard.Filter(kind, blankToNull(owner), customerId), page, size, locale);
        return new SignalPage(
                slice.items().stream()
                        .map(s -> new SignalResponse(
                                s.id(),
                                s.customerId(),
                                s.customerNumber(),
                                s.customerName(),
                                s.kind(),
                                s.explanation(),
                                s.moneyAtStake(),
                                s.firstSeen(),
                                s.lastSeen(),
                                s.task()))
                        .toList(),
                slice.page(),
                slice.size(),
                slice.hasNext());
    }

    /**
     * The radar's calls, most money at risk first: {@code status} OPEN (default), DONE, NOT_NEEDED or
     * ANY; {@code owner} a username (blank = everyone's).
     */
    @GetMapping("/call-tasks")
    @PreAuthorize(READERS)
    CallPage callTasks(
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        SignalView.TaskStatus wanted = taskStatus(status);
        checkPage(page, size);
        Slice<CallList.CallView> slice = calls.list(wanted, blankToNull(owner), page, size, locale);
        return new CallPage(
                slice.items().stream()
                        .map(c -> new CallResponse(
                                c.id(),
                                c.customerId(),
                                c.customerNumber(),
                                c.customerName(),
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

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(List.of(InputError.field("page", "retention.api.page.invalid")));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    List.of(InputError.field("size", "retention.api.size.invalid", MAX_PAGE_SIZE)));
        }
    }

    @PostMapping("/call-tasks/{id}/outcome")
    @PreAuthorize(CALLERS)
    ResponseEntity<Void> outcome(@PathVariable long id, @RequestBody OutcomeRequest request) {
        tasks.record(id, request.outcome(), request.note(), request.version());
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
