package org.clientela.satisfaction.internal.ideas;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.platform.StateConflict;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' ideas ("pídeme un consejo"): logged with an owner and a day to look at them again,
 * moved through their statuses ({@link IdeaStatus}), and answered. Telling the customer back is a
 * promise in the ledger, made when the idea is logged (due at the end of its follow-up day) and
 * kept when the answer is recorded — so an idea nobody answers breaks a promise like any other.
 * Changes carry the version that was read: of two people editing one idea, the second is refused.
 *
 * <p>Long because logging and changing an idea both keep its promise to tell the customer back in
 * step (made when logged, kept when answered) and check the same fields, owner and follow-up day;
 * the reads that follow are short and share the row mapper.
 */
@Service
@Transactional
public class CustomerIdeas {

    static final RowMapper<Idea> IDEA = (rs, n) -> new Idea(
            rs.getLong("id"),
            rs.getLong("customer_id"),
            rs.getString("body"),
            IdeaArea.valueOf(rs.getString("area")),
            IdeaChannel.valueOf(rs.getString("channel")),
            rs.getString("owner"),
            IdeaStatus.valueOf(rs.getString("status")),
            rs.getObject("follow_up_on", LocalDate.class),
            rs.getString("answer"),
            instant(rs.getTimestamp("answered_at")),
            rs.getObject("decided_on", LocalDate.class),
            (Long) rs.getObject("promise_id", Long.class),
            rs.getString("created_by"),
            instant(rs.getTimestamp("created_at")),
            rs.getLong("version"));

    private static final String SELECT = """
            SELECT id, customer_id, body, area, channel, owner, status, follow_up_on, answer, answered_at,
                   decided_on, promise_id, created_by, created_at, version
              FROM satisfaction_idea""";

    /** A new idea; null owner: the customer's owner, or whoever logs it; null follow-up: the default. */
    public record NewIdea(
            Long customerId, String text, IdeaArea area, IdeaChannel channel, String owner, LocalDate followUpOn) {}

    /** The idea as its editor leaves it, with the version they read. */
    public record IdeaChange(
            long version,
            String text,
            IdeaArea area,
            IdeaChannel channel,
            String owner,
            IdeaStatus status,
            LocalDate followUpOn,
            String answer) {}

    /** How many ideas were adopted in one quarter ({@code 2026-Q3}). */
    public record QuarterCount(int year, int quarter, long adopted) {

        public String key() {
            return year + "-Q" + quarter;
        }
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final CustomerOwners owners;
    private final UserDirectory users;
    private final Promises promises;
    private final BusinessSettings business;
    private final IdeaSettings settings;
    private final Clock clock;

    CustomerIdeas(
            JdbcClient jdbc,
            CustomerDirectory customers,
            CustomerOwners owners,
            UserDirectory users,
            Promises promises,
            BusinessSettings business,
            IdeaSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.owners = owners;
        this.users = users;
        this.promises = promises;
        this.business = business;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Logs an idea and promises the customer an answer by its follow-up day.
     *
     * @throws InvalidInputException naming each field that is missing or wrong
     */
    public Idea log(NewIdea idea) {
        List<InputError> errors = new ArrayList<>();
        if (idea.customerId() == null) {
            errors.add(InputError.field("customerId", "satisfaction.value.required"));
        } else if (customers.find(idea.customerId()).isEmpty()) {
            errors.add(
                    InputError.field("customerId", "satisfaction.customer.unknown", String.valueOf(idea.customerId())));
        }
        checkText(errors, "text", idea.text(), Idea.TEXT_MAX, true);
        if (idea.area() == null) {
            errors.add(InputError.field("area", "satisfaction.value.required"));
        }
        if (idea.channel() == null) {
            errors.add(InputError.field("channel", "satisfaction.value.required"));
        }
        LocalDate today = today();
        LocalDate followUp = idea.followUpOn() == null ? today.plusDays(settings.followUpDays()) : idea.followUpOn();
        checkFollowUp(errors, followUp, today);
        String owner = blankToNull(idea.owner());
        checkOwner(errors, owner);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (owner == null) {
            owner = owners.ownersOf(List.of(idea.customerId())).get(idea.customerId());
        }
        if (owner == null || !users.isActive(owner)) {
            owner = AuditLog.currentActor();
        }
        String text = idea.text().strip();
        long promise = promises.make(
                PromiseParty.customer(CustomerId.of(idea.customerId())),
                PromiseKind.UPDATE,
                endOf(followUp),
                "Idea: " + shortened(text),
                owner);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_idea (customer_id, body, area, channel, owner, status, follow_up_on,
                            promise_id, created_by, created_at, version)
                        VALUES (:customer, :body, :area, :channel, :owner, 'RECEIVED', :followUp, :promise, :by,
                            :now, 0)""")
                .param("customer", idea.customerId())
                .param("body", text)
                .param("area", idea.area().name())
                .param("channel", idea.channel().name())
                .param("owner", owner)
                .param("followUp", followUp)
                .param("promise", promise)
                .param("by", AuditLog.currentActor())
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        return get(key.getKey().longValue());
    }

    /**
     * Changes an idea read at {@code change.version()}: its words, owner, follow-up, status and the
     * answer. The first answer keeps the promise to tell the customer back.
     *
     * @throws IdeaStateException                 when its status does not allow the move
     * @throws OptimisticLockingFailureException when someone changed it since it was read
     * @throws InvalidInputException              naming each field that is wrong
     */
    public Idea change(long id, IdeaChange change) {
        Idea before = get(id);
        if (before.version() != change.version()) {
            throw new OptimisticLockingFailureException("Idea " + id + " changed since it was read");
        }
        List<InputError> errors = new ArrayList<>();
        checkText(errors, "text", change.text(), Idea.TEXT_MAX, true);
        if (change.area() == null) {
            errors.add(InputError.field("area", "satisfaction.value.required"));
        }
        if (change.channel() == null) {
            errors.add(InputError.field("channel", "satisfaction.value.required"));
        }
        String owner = blankToNull(change.owner());
        if (owner == null) {
            errors.add(InputError.field("owner", "satisfaction.value.required"));
        } else if (!owner.equals(before.owner())) {
            checkOwner(errors, owner);
        }
        if (change.followUpOn() != null && !change.followUpOn().equals(before.followUpOn())) {
            checkFollowUp(errors, change.followUpOn(), today());
        }
        String answer = blankToNull(change.answer());
        if (answer != null) {
            TextInput.check(errors, "answer", answer, Idea.ANSWER_MAX, true);
        } else if (before.answer() != null) {
            errors.add(InputError.field("answer", "satisfaction.ideas.answer.keep"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IdeaStatus next = before.moveTo(change.status() == null ? before.status() : change.status());
        boolean answeredNow = answer != null && before.answer() == null;
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                        UPDATE satisfaction_idea SET body = :body, area = :area, channel = :channel, owner = :owner,
                               status = :status, follow_up_on = :followUp, answer = :answer,
                               answered_at = :answeredAt, decided_on = :decidedOn, version = version + 1
                         WHERE id = :id AND version = :version AND status = :before""")
                .param("body", change.text().strip())
                .param("area", change.area().name())
                .param("channel", change.channel().name())
                .param("owner", owner)
                .param("status", next.name())
                .param("followUp", change.followUpOn() == null ? before.followUpOn() : change.followUpOn())
                .param("answer", answer == null ? null : answer.strip())
                .param(
                        "answeredAt",
                        answeredNow
                                ? Timestamp.from(now)
                                : before.answeredAt() == null ? null : Timestamp.from(before.answeredAt()))
                .param("decidedOn", next.decided() && !before.status().decided() ? today() : before.decidedOn())
                .param("id", id)
                .param("version", change.version())
                .param("before", before.status().name())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Idea " + id + " changed since it was read");
        }
        if (answeredNow && before.promiseId() != null) {
            keepQuietly(before.promiseId());
        }
        return get(id);
    }

    /** A promise already broken stays broken: answering late does not make it kept, nor fail the answer. */
    private void keepQuietly(long promiseId) {
        try {
            promises.keep(promiseId);
        } catch (StateConflict alreadySettled) {
            // broken or cancelled before the answer came: the ledger keeps what happened
        }
    }

    @Transactional(readOnly = true)
    public Optional<Idea> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(IDEA).optional();
    }

    @Transactional(readOnly = true)
    public Idea get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("idea", id));
    }

    /** One page of the list, filtered and sorted; the id breaks ties so pages never overlap. */
    @Transactional(readOnly = true)
    public Slice<Idea> search(IdeaQuery query) {
        StringBuilder sql = new StringBuilder(SELECT)
                .append(" WHERE ")
                .append(BlockedCustomers.visible("satisfaction_idea.customer_id"));
        var params = new java.util.LinkedHashMap<String, Object>();
        if (query.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", query.status().name());
        }
        if (query.area() != null) {
            sql.append(" AND area = :area");
            params.put("area", query.area().name());
        }
        if (query.owner() != null && !query.owner().isBlank()) {
            sql.append(" AND owner = :owner");
            params.put("owner", query.owner().strip());
        }
        if (query.customerId() != null) {
            sql.append(" AND customer_id = :customer");
            params.put("customer", query.customerId());
        }
        ZoneId zone = business.timeZone();
        if (query.from() != null) {
            sql.append(" AND created_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" AND created_at < :to");
            params.put(
                    "to",
                    Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String direction = query.descending() ? " DESC" : " ASC";
        sql.append(" ORDER BY ")
                .append(query.sort().column())
                .append(direction)
                .append(", id")
                .append(direction)
                .append(" LIMIT :limit OFFSET :offset");
        params.put("limit", query.size() + 1);
        params.put("offset", (long) query.page() * query.size());
        return Slice.of(jdbc.sql(sql.toString()).params(params).query(IDEA).list(), query.page(), query.size());
    }

    /** The customer's latest ideas, newest first. */
    @Transactional(readOnly = true)
    public List<Idea> ofCustomer(long customerId, int limit) {
        return jdbc.sql(SELECT + " WHERE customer_id = :customer ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("customer", customerId)
                .param("limit", limit)
                .query(IDEA)
                .list();
    }

    /** The open ideas of {@code owner} whose follow-up day has come, the oldest first. */
    @Transactional(readOnly = true)
    public List<Idea> dueFor(String owner, int limit) {
        return jdbc.sql(SELECT + " " + """
                         WHERE owner = :owner AND status IN ('RECEIVED', 'LOOKING') AND follow_up_on <= :today
                           AND """ + BlockedCustomers.visible("satisfaction_idea.customer_id") + """
                         ORDER BY follow_up_on, id LIMIT :limit""")
                .param("owner", owner)
                .param("today", today())
                .param("limit", limit)
                .query(IDEA)
                .list();
    }

    /**
     * Ideas adopted per quarter, by the day they were adopted, from {@code from} to {@code to}
     * inclusive. The database counts per day (an index-only range of at most a few hundred
     * groups); the days are folded into quarters here, cheaper than a date expression per row.
     */
    @Transactional(readOnly = true)
    public List<QuarterCount> adoptedPerQuarter(LocalDate from, LocalDate to) {
        java.util.SortedMap<Integer, Long> quarters = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT decided_on, COUNT(*) FROM satisfaction_idea
                         WHERE status = 'ADOPTED' AND decided_on >= :from AND decided_on <= :to
                         GROUP BY decided_on""").param("from", from).param("to", to).query(rs -> {
            LocalDate day = rs.getObject(1, LocalDate.class);
            quarters.merge(day.getYear() * 10 + (day.getMonthValue() - 1) / 3 + 1, rs.getLong(2), Long::sum);
        });
        return quarters.entrySet().stream()
                .map(e -> new QuarterCount(e.getKey() / 10, e.getKey() % 10, e.getValue()))
                .toList();
    }

    private void checkOwner(List<InputError> errors, String owner) {
        if (owner == null) {
            return;
        }
        TextInput.check(errors, "owner", owner, Idea.OWNER_MAX, false);
        if (owner.length() <= Idea.OWNER_MAX && !users.isActive(owner)) {
            errors.add(InputError.field("owner", "user.owner.unknown", owner));
        }
    }

    private static void checkText(List<InputError> errors, String field, String text, int max, boolean lines) {
        if (text == null || text.isBlank()) {
            errors.add(InputError.field(field, "satisfaction.value.required"));
        } else {
            TextInput.check(errors, field, text, max, lines);
        }
    }

    private static void checkFollowUp(List<InputError> errors, LocalDate followUp, LocalDate today) {
        if (followUp.isBefore(today)) {
            errors.add(InputError.field("followUpOn", "satisfaction.ideas.followUp.past"));
        } else if (followUp.isAfter(today.plusDays(Idea.FOLLOW_UP_MAX_DAYS))) {
            errors.add(InputError.field("followUpOn", "satisfaction.ideas.followUp.tooFar", Idea.FOLLOW_UP_MAX_DAYS));
        }
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(business.timeZone()).toInstant().minusSeconds(60);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
