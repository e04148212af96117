package org.clientela.retention.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.LossReason;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.losses.Concentration;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.clientela.retention.internal.losses.Loss;
import org.clientela.retention.internal.losses.LossFigures;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.retention.internal.losses.LossStatistics;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lost-customer register and the retention figures over JSON: mark a customer lost (with a
 * reason of {@link LossReason}) or won back, the losses of the last months, concentration risk.
 */
@RestController
class LossApi {

    private final LossRegister register;
    private final LossStatistics statistics;
    private final ConcentrationReport concentration;
    private final Clock clock;

    LossApi(LossRegister register, LossStatistics statistics, ConcentrationReport concentration, Clock clock) {
        this.register = register;
        this.statistics = statistics;
        this.concentration = concentration;
        this.clock = clock;
    }

    /** @param reason one of {@link LossReason}; @param note required for {@code OTHER}; @param lostOn default today */
    record LossRequest(String reason, String note, LocalDate lostOn) {}

    record WonBackRequest(LocalDate wonBackOn) {}

    record LossResponse(
            long id,
            long customerId,
            LossReason reason,
            boolean avoidable,
            String note,
            LocalDate lostOn,
            BigDecimal lostAnnualRevenue,
            BigDecimal lostLifetimeValue,
            String currency,
            String recordedBy,
            Instant recordedAt,
            LocalDate wonBackOn) {

        static LossResponse of(Loss l) {
            return new LossResponse(
                    l.id(),
                    l.customerId(),
                    l.reason(),
                    l.reason().avoidable(),
                    l.note(),
                    l.lostOn(),
                    l.lostRevenue(),
                    l.lostLifetimeValue(),
                    l.currency(),
                    l.recordedBy(),
                    l.recordedAt(),
                    l.wonBackOn());
        }
    }

    record MonthCount(String month, long count, BigDecimal lostAnnualRevenue) {}

    /**
     * @param lostAnnualRevenue what the lost customers spent in the 12 months before each was lost
     * @param lostLifetimeValue Σ expected lifetime values (losses recorded without a model count 0,
     *                          see {@code withoutLifetimeValue})
     */
    record LossStatsResponse(
            int months,
            LocalDate from,
            LocalDate to,
            long count,
            long avoidable,
            long unavoidable,
            long wonBack,
            Map<LossReason, Long> byReason,
            List<MonthCount> byMonth,
            BigDecimal lostAnnualRevenue,
            BigDecimal lostLifetimeValue,
            long withoutLifetimeValue,
            String currency) {}

    record BigCustomer(long customerId, String customerNumber, String name, BigDecimal revenue, double share) {}

    record ConcentrationResponse(
            LocalDate from,
            LocalDate to,
            String currency,
            long customers,
            BigDecimal revenue,
            double top1Share,
            double top5Share,
            double top10Share,
            double herfindahl,
            double alertShare,
            boolean alert,
            List<BigCustomer> biggest,
            BigDecimal biggestLeavesRevenue,
            BigDecimal biggestLeavesMargin,
            double grossMargin) {}

    @PostMapping("/api/v1/customers/{id}/loss")
    @PreAuthorize(RetentionRoles.WRITERS)
    ResponseEntity<LossResponse> markLost(@PathVariable long id, @RequestBody LossRequest request) {
        Loss loss = register.markLost(id, request.reason(), request.note(), request.lostOn());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/loss"))
                .body(LossResponse.of(loss));
    }

    @GetMapping("/api/v1/customers/{id}/loss")
    @PreAuthorize(RetentionRoles.READERS)
    LossResponse standing(@PathVariable long id) {
        return register.standing(id).map(LossResponse::of).orElseThrow(() -> new NotFoundException("loss", id));
    }

    /** The reason the business's own let-downs make likely, should the customer be marked lost; 204 when none. */
    @GetMapping("/api/v1/customers/{id}/loss/suggested-reason")
    @PreAuthorize(RetentionRoles.READERS)
    ResponseEntity<SuggestedReason> suggestedReason(@PathVariable long id) {
        return register.suggestedReason(id)
                .map(s -> ResponseEntity.ok(new SuggestedReason(
                        s.reason(), s.because().kind().signal(), s.because().happenedAt())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** @param because the let-down behind it, named as the radar's signal */
    record SuggestedReason(LossReason reason, SignalKind because, Instant happenedAt) {}

    @PostMapping("/api/v1/customers/{id}/won-back")
    @PreAuthorize(RetentionRoles.WRITERS)
    LossResponse wonBack(@PathVariable long id, @RequestBody(required = false) WonBackRequest request) {
        return LossResponse.of(register.markWonBack(id, request == null ? null : request.wonBackOn()));
    }

    @GetMapping("/api/v1/retention/losses")
    @PreAuthorize(RetentionRoles.READERS)
    LossStatsResponse losses(@RequestParam(defaultValue = "12") int months) {
        if (months < 1 || months > 120) {
            throw new InvalidInputException(InputError.field("months", "retention.months.range", 1, 120));
        }
        LossFigures f = statistics.lastMonths(months, LocalDate.now(clock));
        Map<LossReason, Long> byReason = new LinkedHashMap<>();
        f.byReason().forEach((reason, tally) -> byReason.put(reason, tally.count()));
        return new LossStatsResponse(
                months,
                f.from(),
                f.to().minusDays(1),
                f.count(),
                f.avoidable(),
                f.unavoidable(),
                f.wonBack(),
                byReason,
                f.byMonth().stream()
                        .map(m -> new MonthCount(m.month().toString(), m.count(), m.lostRevenue()))
                        .toList(),
                f.lostRevenue(),
                f.lostLifetimeValue(),
                f.withoutLifetimeValue(),
                f.currency());
    }

    @GetMapping("/api/v1/retention/concentration")
    @PreAuthorize(RetentionRoles.READERS)
    ConcentrationResponse concentration() {
        Concentration c = concentration.lastYear(LocalDate.now(clock));
        return new ConcentrationResponse(
                c.from(),
                c.to().minusDays(1),
                c.currency(),
                c.customers(),
                c.total(),
                c.top1Share(),
                c.top5Share(),
                c.top10Share(),
                c.herfindahl(),
                c.alertShare(),
                c.alert(),
                c.biggest().stream()
                        .map(b -> new BigCustomer(
                                b.customer().id(),
                                b.blocked() ? null : b.customer().customerNumber(),
                                b.blocked() ? null : b.customer().name(),
                                b.revenue(),
                                b.share()))
                        .toList(),
                c.biggestRevenue(),
                c.biggestMargin(),
                c.grossMargin());
    }
}
