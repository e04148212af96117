package org.clientela.service.internal.keep;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.CustomerValue;
import org.clientela.service.internal.cases.Cases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keep or let go: what a customer brought in the last 12 months against what serving them cost
 * (cases, hours, concessions), the four questions answered and the decision recorded, kept as history.
 */
@Service
public class KeepOrLetGo {

    /** The three decisions. */
    public enum Decision {
        KEEP,
        LET_GO,
        TALK_FIRST
    }

    /** The last 12 months of a customer, as the assessment shows them. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            BigDecimal revenue,
            BigDecimal lifetimeValue,
            long cases,
            BigDecimal hours,
            BigDecimal concessions) {}

    /** The answers a person gives; a null answer means not answered. */
    public record Answers(
            Boolean worthKeeping,
            String worthNote,
            Boolean lossHurts,
            String lossNote,
            Boolean cheapFix,
            String cheapNote,
            Boolean dignityHurt,
            String dignityNote,
            Decision decision,
            String reasoning) {}

    /** An assessment made. */
    public record Assessment(long id, Figures figures, Answers answers, String decidedBy, Instant decidedAt) {}

    private final JdbcClient jdbc;
    private final CustomerPurchases revenue;
    private final CustomerDirectory directory;
    private final AuditLog audit;
    private final BusinessSettings shared;
    private final KeepSettings settings;
    private final ObjectProvider<CustomerValue> value;
    private final Clock clock;

    KeepOrLetGo(
            JdbcClient jdbc,
            CustomerPurchases revenue,
            CustomerDirectory directory,
            AuditLog audit,
            BusinessSettings shared,
            KeepSettings settings,
            ObjectProvider<CustomerValue> value,
            Clock clock) {
        this.value = value;
        this.jdbc = jdbc;
        this.revenue = revenue;
        this.directory = directory;
        this.audit = audit;
        this.shared = shared;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Figures figures(long customerId) {
        ZonedDateTime now = clock.instant().atZone(shared.timeZone());
        LocalDate to = now.toLocalDate();
        LocalDate from = to.minusMonths(12).plusDays(1);
        Instant since = from.atStartOfDay(shared.timeZone()).toInstant();
        BigDecimal spent =
                revenue.revenue(customerId, from, to, shared.currency().getCurrencyCode());
        long cases = jdbc.sql("SELECT COUNT(*) FROM service_case WHERE customer_id = :c AND opened_at >= :since")
                .param("c", customerId)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
        BigDecimal concessions = jdbc.sql("""
                SELECT COALESCE(SUM(k.amount), 0) FROM service_concession k
                JOIN service_case c ON c.id = k.case_id
                WHERE c.customer_id = :c AND k.granted_at >= :since""")
                .param("c", customerId)
                .param("since", Timestamp.from(since))
                .query(BigDecimal.class)
                .single();
        BigDecimal lifetime = value.stream()
                .findFirst()
                .flatMap(v -> v.expectedLifetimeValue(customerId))
                .orElse(null);
        return new Figures(
                from,
                to,
                spent,
                lifetime,
                cases,
                settings.hoursPerCase().multiply(BigDecimal.valueOf(cases)),
                concessions);
    }

    /** Records an assessment with the figures of today. */
    @Transactional
    public Assessment decide(long customerId, Answers a) {
        if (directory.find(customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId);
        }
        List<InputError> errors = new ArrayList<>();
        if (a.worthKeeping() == null) errors.add(InputError.field("worthKeeping", "service.value.required"));
        if (a.lossHurts() == null) errors.add(InputError.field("lossHurts", "service.value.required"));
        if (a.cheapFix() == null) errors.add(InputError.field("cheapFix", "service.value.required"));
        if (a.dignityHurt() == null) errors.add(InputError.field("dignityHurt", "service.value.required"));
        if (a.decision() == null) errors.add(InputError.field("decision", "service.value.required"));
        if (a.reasoning() == null || a.reasoning().isBlank()) {
            errors.add(InputError.field("reasoning", "service.value.required"));
        } else if (a.reasoning().strip().length() > 2000) {
            errors.add(InputError.field("reasoning", "service.value.tooLong", 2000));
        }
        for (var note : Map.of(
                        "worthNote",
                        String.valueOf(a.worthNote()),
                        "lossNote",
                        String.valueOf(a.lossNote()),
                        "cheapNote",
                        String.valueOf(a.cheapNote()),
                        "dignityNote",
                        String.valueOf(a.dignityNote()))
                .entrySet()) {
            if (note.getValue().length() > 1000) {
                errors.add(InputError.field(note.getKey(), "service.value.tooLong", 1000));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Figures f = figures(customerId);
        String actor = AuditLog.currentActor();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO service_keep_assessment (customer_id, revenue_12m, lifetime_value, cases_12m, hours_12m,
                    concessions_12m, worth_keeping, worth_note, loss_hurts, loss_note, cheap_fix, cheap_note, dignity_hurt,
                    dignity_note, decision, reasoning, decided_by, decided_at)
                VALUES (:c, :rev, :ltv, :cases, :hours, :conc, :wk, :wn, :lh, :ln, :cf, :cn, :dh, :dn, :dec, :why, :by, :at)""")
                .param("c", customerId)
                .param("rev", f.revenue())
                .param("ltv", f.lifetimeValue())
                .param("cases", f.cases())
                .param("hours", f.hours())
                .param("conc", f.concessions())
                .param("wk", a.worthKeeping())
                .param("wn", Cases.blankToNull(a.worthNote()))
                .param("lh", a.lossHurts())
                .param("ln", Cases.blankToNull(a.lossNote()))
                .param("cf", a.cheapFix())
                .param("cn", Cases.blankToNull(a.cheapNote()))
                .param("dh", a.dignityHurt())
                .param("dn", Cases.blankToNull(a.dignityNote()))
                .param("dec", a.decision().name())
                .param("why", a.reasoning().strip())
                .param("by", actor)
                .param("at", Timestamp.from(now))
                .update();
        audit.record(
                "CUSTOMER_KEEP_DECIDED",
                "customer",
                customerId,
                a.decision().name(),
                null,
                Map.of(
                        "decision",
                        a.decision(),
                        "revenue",
                        f.revenue(),
                        "cases",
                        f.cases(),
                        "concessions",
                        f.concessions()),
                AuditLog.word("service.keep.decision." + a.decision().name()));
        return history(customerId, 1).get(0);
    }

    /** The customer's assessments, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> history(long customerId, int limit) {
        return jdbc.sql("""
                SELECT * FROM service_keep_assessment WHERE customer_id = :c
                ORDER BY decided_at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query((rs, n) -> new Assessment(
                        rs.getLong("id"),
                        new Figures(
                                null,
                                null,
                                rs.getBigDecimal("revenue_12m"),
                                rs.getBigDecimal("lifetime_value"),
                                rs.getLong("cases_12m"),
                                rs.getBigDecimal("hours_12m"),
                                rs.getBigDecimal("concessions_12m")),
                        new Answers(
                                rs.getBoolean("worth_keeping"),
                                rs.getString("worth_note"),
                                rs.getBoolean("loss_hurts"),
                                rs.getString("loss_note"),
                                rs.getBoolean("cheap_fix"),
                                rs.getString("cheap_note"),
                                rs.getBoolean("dignity_hurt"),
                                rs.getString("dignity_note"),
                                Decision.valueOf(rs.getString("decision")),
                                rs.getString("reasoning")),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
