package org.clientela.retention.internal.losses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerId;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.CustomerMarkedLost;
import org.clientela.retention.CustomerWonBack;
import org.clientela.retention.LossReason;
import org.clientela.retention.LostCustomers;
import org.clientela.retention.internal.fits.CustomerBaseModel;
import org.clientela.retention.internal.letdowns.JdbcLetDowns;
import org.clientela.retention.internal.letdowns.LetDown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking customers lost and won back. A loss needs a reason from {@link LossReason} (and a note
 * for {@code OTHER}); it records what the customer spent in the 12 months before and, when a
 * customer-base model has been fitted, the lifetime value they took with them. A customer stands
 * lost at most once at a time; each change is audited and published as an event.
 *
 * <p>Long because marking lost, marking won back, their checks and the reads
 * of the register share its columns and rows; the figures over losses live in {@link LossStatistics}
 * and the list in {@link LossList}.
 */
@Service
public class LossRegister implements LostCustomers {

    static final int NOTE_MAX = 2000;
    /** No customer of a business using Clientela was lost before this day: an earlier one is a typing mistake. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final String COLUMNS = """
            id, customer_id, reason, note, lost_on, lost_revenue, lost_lifetime_value, currency, recorded_by,
            recorded_at, won_back_on""";

    static final RowMapper<Loss> LOSS = LossRegister::loss;

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final CustomerPurchases purchases;
    private final CustomerBaseModel model;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessSettings business;
    private final JdbcLetDowns letDowns;

    LossRegister(
            JdbcClient jdbc,
            CustomerDirectory customers,
            CustomerPurchases purchases,
            CustomerBaseModel model,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            BusinessSettings settings,
            JdbcLetDowns letDowns) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.purchases = purchases;
        this.model = model;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.business = settings;
        this.letDowns = letDowns;
    }

    /** The reason a let-down of the customer makes likely, and the let-down. */
    public record Suggestion(LossReason reason, LetDown because) {}

    /**
     * The reason the loss form proposes for the customer: when the business let them down lately
     * (a broken promise, a complaint closed against them), the matching reason. The person may still
     * choose another.
     */
    @Transactional(readOnly = true)
    public Optional<Suggestion> suggestedReason(long customerId) {
        return letDowns.newestRecent(customerId)
                .map(d -> new Suggestion(d.kind().likelyReason(), d));
    }

    /**
     * Enters {@code customerId} in the register.
     *
     * @param reason the name of a {@link LossReason}
     * @param lostOn the day they were lost; today when {@code null}
     * @throws InvalidInputException  naming {@code reason}, {@code note} or {@code lostOn}
     * @throws NotFoundException      when there is no such customer
     * @throws DuplicateKeyException  when the customer already stands lost
     */
    @Transactional
    public Loss markLost(long customerId, String reason, String note, LocalDate lostOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = lostOn == null ? today : lostOn;
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        LossReason why = validate(reason, cleanNote, day, today);
        CustomerDirectory.CustomerRef customer =
                customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        if (standing(customerId).isPresent()) {
            throw new DuplicateKeyException("Customer " + customerId + " already stands lost");
        }
        BigDecimal yearBefore =
                purchases.revenue(customerId, day.minusYears(1).plusDays(1), day.plusDays(1), currency());
        BigDecimal lifetimeValue = lifetimeValue(customerId, day);
        jdbc.sql("""
                        INSERT INTO retention_loss (customer_id, open_customer_id, reason, note, lost_on, lost_revenue,
                               lost_lifetime_value, currency, recorded_by, recorded_at)
                        VALUES (:customer, :customer, :reason, :note, :lostOn, :revenue, :ltv, :currency, :by, :at)""")
                .param("customer", customerId)
                .param("reason", why.name())
                .param("note", cleanNote)
                .param("lostOn", day)
                .param("revenue", yearBefore)
                .param("ltv", lifetimeValue)
                .param("currency", currency())
                .param("by", AuditLog.currentActor())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        Loss loss = standing(customerId).orElseThrow();
        audit.record(
                "CUSTOMER_MARKED_LOST",
                "customer",
                customerId,
                customer.customerNumber() + " " + customer.name() + ": " + why.name(),
                null,
                loss,
                customer.name(),
                AuditLog.word("retention.reason." + why.name()));
        events.publishEvent(new CustomerMarkedLost(CustomerId.of(customerId), why, day, AuditLog.currentActor()));
        return loss;
    }

    /**
     * Ends the standing loss of {@code customerId}: they came back.
     *
     * @param on the day they came back; today when {@code null}
     * @throws NotFoundException     when the customer does not stand lost
     * @throws InvalidInputException naming {@code wonBackOn} when it is before the loss or in the future
     * @throws LossStateException   when someone marked them won back in between
     */
    @Transactional
    public Loss markWonBack(long customerId, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        Loss loss = standing(customerId).orElseThrow(() -> new NotFoundException("loss of customer", customerId));
        if (day.isAfter(today) || day.isBefore(loss.lostOn())) {
            throw new InvalidInputException(
                    InputError.field("wonBackOn", "retention.loss.wonBackOn.outside", loss.lostOn(), today));
        }
        loss.moveTo(LossStatus.WON_BACK);
        // Guarded by the rule: only a loss that may become WON_BACK (a standing one) is changed, so of
        // two people marking the same customer won back at once, the second is refused.
        int changed = jdbc.sql("""
                        UPDATE retention_loss SET won_back_on = :on, won_back_by = :by, open_customer_id = NULL
                         WHERE id = :id AND\s""" + whereStatusIn(LossStatus.from(LossStatus.WON_BACK)))
                .param("on", day)
                .param("by", AuditLog.currentActor())
                .param("id", loss.id())
                .update();
        if (changed != 1) {
            throw new LossStateException(customerId, LossStatus.WON_BACK, LossStatus.WON_BACK);
        }
        Loss after = find(loss.id()).orElseThrow();
        audit.record(
                "CUSTOMER_WON_BACK",
                "customer",
                customerId,
                "Won back on " + day,
                loss,
                after,
                customers
                        .find(customerId)
                        .map(CustomerDirectory.CustomerRef::name)
                        .orElse(""));
        events.publishEvent(new CustomerWonBack(CustomerId.of(customerId), day, AuditLog.currentActor()));
        return after;
    }

    @Override
    @Transactional
    public void markLost(long customerId, LossReason reason, String note, LocalDate lostOn) {
        markLost(customerId, reason.name(), note, lostOn);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT id FROM retention_loss LIMIT 1) one")
                        .query(Long.class)
                        .single()
                == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> lostAmong(Collection<Long> customerIds) {
        Set<Long> lost = new HashSet<>();
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += 1_000) {
            lost.addAll(jdbc.sql("SELECT open_customer_id FROM retention_loss WHERE open_customer_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query(Long.class)
                    .list());
        }
        return lost;
    }

    /** The loss that stands for the customer, if they are lost now. */
    @Transactional(readOnly = true)
    public Optional<Loss> standing(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM retention_loss WHERE open_customer_id = :customer")
                .param("customer", customerId)
                .query(LOSS)
                .optional();
    }

    /**
     * Whether the customer stands lost, holding that loss's row until the caller's transaction ends:
     * a win-back, which changes the row, waits for the caller, or has already been committed and is
     * seen. So a listener that moves the customer's status after reading this cannot undo a win-back
     * made in between.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean standsLostLocked(long customerId) {
        return !jdbc.sql("SELECT id FROM retention_loss WHERE open_customer_id = :customer FOR UPDATE")
                .param("customer", customerId)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /** Every loss of the customer, newest first. */
    @Transactional(readOnly = true)
    public List<Loss> history(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM retention_loss WHERE customer_id = :customer"
                        + " ORDER BY lost_on DESC, id DESC")
                .param("customer", customerId)
                .query(LOSS)
                .list();
    }

    Optional<Loss> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM retention_loss WHERE id = :id")
                .param("id", id)
                .query(LOSS)
                .optional();
    }

    /** Whether lifetime values can be recorded now (a customer-base model has been fitted). */
    public boolean modelFitted() {
        return model.latest().isPresent();
    }

    private BigDecimal lifetimeValue(long customerId, LocalDate day) {
        Optional<CustomerBaseModel.Fit> fit = model.latest();
        if (fit.isEmpty()) {
            return null;
        }
        return purchases
                .history(customerId, day, currency())
                .map(h -> fit.get()
                        .expectedLifetimeValue(
                                h.repeatPurchases(),
                                h.weeksToLast(),
                                h.weeksObserved(day),
                                h.averageSpend().doubleValue()))
                .filter(Double::isFinite)
                .map(v -> BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP))
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    static LossReason validate(String reason, String note, LocalDate lostOn, LocalDate today) {
        List<InputError> errors = new ArrayList<>();
        LossReason why = null;
        if (reason == null || reason.isBlank()) {
            errors.add(InputError.field("reason", "retention.loss.reason.required"));
        } else {
            why = LossReason.parse(reason.strip()).orElse(null);
            if (why == null) {
                errors.add(InputError.field("reason", "retention.loss.reason.unknown", reason));
            }
        }
        if (why != null && why.needsNote() && note == null) {
            errors.add(InputError.field("note", "retention.loss.note.required"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(InputError.field("note", "retention.loss.note.tooLong", NOTE_MAX));
        }
        if (lostOn.isAfter(today)) {
            errors.add(InputError.field("lostOn", "retention.loss.lostOn.future"));
        } else if (lostOn.isBefore(EARLIEST)) {
            errors.add(InputError.field("lostOn", "retention.loss.lostOn.tooEarly", EARLIEST));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return why;
    }

    private static Loss loss(ResultSet rs, int n) throws SQLException {
        return new Loss(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                LossReason.valueOf(rs.getString("reason")),
                rs.getString("note"),
                rs.getObject("lost_on", LocalDate.class),
                rs.getBigDecimal("lost_revenue"),
                rs.getBigDecimal("lost_lifetime_value"),
                rs.getString("currency"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("won_back_on", LocalDate.class));
    }

    /** The SQL condition on {@code won_back_on} that holds for a loss in one of {@code statuses}. */
    static String whereStatusIn(List<LossStatus> statuses) {
        boolean standing = statuses.contains(LossStatus.STANDING);
        boolean wonBack = statuses.contains(LossStatus.WON_BACK);
        return standing && wonBack
                ? "TRUE"
                : standing ? "won_back_on IS NULL" : wonBack ? "won_back_on IS NOT NULL" : "FALSE";
    }

    /** The business currency as the settings page has it now. */
    private String currency() {
        return business.currency().getCurrencyCode();
    }
}
