package org.clientela.retention.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.retention.SignalKind;
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
 * and list the active signals with their explanation in the caller's language ({@code Accept-Language}
 * or {@code ?lang=}). The calls the runs plan are {@link CallTaskApi}'s.
 */
@RestController
@RequestMapping("/api/v1/retention")
class RadarApi {

    static final int MAX_PAGE_SIZE = 200;

    private final RetentionRadar radar;
    private final SignalBoard board;
    private final CustomerNames names;

    RadarApi(RetentionRadar radar, SignalBoard board, CustomerNames names) {
        this.names = names;
        this.radar = radar;
        this.board = board;
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

    @PostMapping("/radar-runs")
    @PreAuthorize(RetentionRoles.PLANNERS)
    ResponseEntity<RunResponse> start(@RequestBody(required = false) RunRequest request) {
        long id = radar.start(AuditLog.currentActor(), radar.asOf(request == null ? null : request.asOf()));
        RadarRun run = radar.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/retention/radar-runs/" + id))
                .body(RunResponse.of(run));
    }

    @GetMapping("/radar-runs/{id}")
    @PreAuthorize(RetentionRoles.READERS)
    RunResponse run(@PathVariable long id) {
        return radar.find(id).map(RunResponse::of).orElseThrow(() -> new NotFoundException("radar run", id));
    }

    @GetMapping("/signals")
    @PreAuthorize(RetentionRoles.READERS)
    SignalPage signals(
            @RequestParam(required = false) SignalKind kind,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        checkPage(page, size);
        Slice<SignalView> slice =
                board.list(new SignalBoard.Filter(kind, blankToNull(owner), customerId), page, size, locale);
        return new SignalPage(
                slice.items().stream()
                        .map(s -> new SignalResponse(
                                s.id(),
                                s.customerId(),
                                s.customerNumber(),
                                names.shown(s.customerId(), s.customerName()),
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

    /** Refuses a page before the first or a size outside 1 to {@value #MAX_PAGE_SIZE}, naming the field. */
    static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(List.of(InputError.field("page", "retention.api.page.invalid")));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    List.of(InputError.field("size", "retention.api.size.invalid", MAX_PAGE_SIZE)));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
