package org.clientela.satisfaction.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.retention.ComparableCustomers.Comparison;
import org.clientela.satisfaction.internal.gestures.Gesture;
import org.clientela.satisfaction.internal.gestures.GestureFigures;
import org.clientela.satisfaction.internal.gestures.GestureKind;
import org.clientela.satisfaction.internal.gestures.GestureLedger;
import org.clientela.satisfaction.internal.gestures.GestureLedger.GestureQuery;
import org.clientela.satisfaction.internal.gestures.GestureLedger.NewGesture;
import org.clientela.satisfaction.internal.gestures.GestureType;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The ledger of surprises and apologies over JSON: enter a gesture, read and list them, their
 * totals per month, and their measured effect against comparable customers.
 */
@RestController
@RequestMapping("/api/v1/gestures")
class GestureApi {

    private final GestureLedger ledger;
    private final GestureFigures figures;
    private final BusinessSettings business;
    private final MessageSource messages;
    private final Clock clock;

    GestureApi(
            GestureLedger ledger,
            GestureFigures figures,
            BusinessSettings business,
            MessageSource messages,
            Clock clock) {
        this.ledger = ledger;
        this.figures = figures;
        this.business = business;
        this.messages = messages;
        this.clock = clock;
    }

    /** A gesture; {@code type}, {@code reason}, {@code givenBy}, {@code givenOn} and the links may be left out. */
    record GestureRequest(
            Long customerId,
            GestureKind kind,
            GestureType type,
            String description,
            String reason,
            BigDecimal cost,
            Long caseId,
            Long orderId,
            String givenBy,
            LocalDate givenOn) {}

    record GesturePage(List<Gesture> items, int page, int size, boolean hasNext) {}

    record MonthRow(String month, GestureKind kind, long gestures, BigDecimal cost) {}

    record MonthlyTotals(
            LocalDate from, LocalDate to, String currency, List<MonthRow> rows, long gestures, BigDecimal cost) {}

    /** The effect, with {@code enoughData} false and the {@code reason} until a verdict can be given. */
    record EffectResponse(
            LocalDate from,
            LocalDate to,
            GestureKind kind,
            int windowDays,
            int minGroup,
            boolean enoughData,
            String reason,
            String message,
            Comparison comparison) {}

    @PostMapping
    @PreAuthorize(IdeaRoles.WRITERS)
    ResponseEntity<Gesture> give(@RequestBody GestureRequest request) {
        Gesture gesture = ledger.give(new NewGesture(
                request.customerId(),
                request.kind(),
                request.type(),
                request.description(),
                request.reason(),
                request.cost(),
                request.caseId(),
                request.orderId(),
                request.givenBy(),
                request.givenOn()));
        return ResponseEntity.created(URI.create("/api/v1/gestures/" + gesture.id()))
                .body(gesture);
    }

    @GetMapping("/{id}")
    @PreAuthorize(IdeaRoles.READERS)
    Gesture get(@PathVariable long id) {
        return ledger.get(id);
    }

    @GetMapping
    @PreAuthorize(IdeaRoles.READERS)
    GesturePage list(
            @RequestParam(required = false) GestureKind kind,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String givenBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        Slice<Gesture> slice = ledger.search(new GestureQuery(kind, customerId, givenBy, from, to, page, size));
        return new GesturePage(slice.items(), slice.page(), slice.size(), slice.hasNext());
    }

    /** Totals per month and kind; by default the last twelve months. */
    @GetMapping("/monthly")
    @PreAuthorize(IdeaRoles.READERS)
    MonthlyTotals monthly(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        period(start, end);
        var rows = figures.monthlyTotals(start, end).stream()
                .map(t -> new MonthRow(t.month().toString(), t.kind(), t.gestures(), t.cost()))
                .toList();
        return new MonthlyTotals(
                start,
                end,
                business.currency().getCurrencyCode(),
                rows,
                rows.stream().mapToLong(MonthRow::gestures).sum(),
                rows.stream().map(MonthRow::cost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /** The effect of the gestures given in the period (by default the last year). */
    @GetMapping("/effect")
    @PreAuthorize(IdeaRoles.READERS)
    EffectResponse effect(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) GestureKind kind,
            Locale locale) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.minusYears(1) : from;
        period(start, end);
        GestureFigures.Effect effect = figures.effect(start, end, kind);
        Comparison c = effect.comparison();
        return new EffectResponse(
                start,
                end,
                kind,
                c.windowDays(),
                c.minGroup(),
                c.enoughData(),
                c.reason(),
                c.enoughData()
                        ? null
                        : messages.getMessage(
                                "WINDOW_OPEN".equals(c.reason())
                                        ? "satisfaction.gestures.effect.reason.WINDOW_OPEN"
                                        : "satisfaction.gestures.effect.reason.TOO_FEW",
                                new Object[] {c.minGroup(), c.windowDays()},
                                locale),
                c);
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InvalidInputException(InputError.field("from", "satisfaction.period.reversed"));
        }
        if (from.isBefore(to.minusYears(5))) {
            throw new InvalidInputException(InputError.field("from", "satisfaction.period.tooLong", 5));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }
}
