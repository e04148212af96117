package org.clientela.service.internal.promises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerId;
import org.clientela.platform.ListLinks;
import org.clientela.platform.ListTotal;
import org.clientela.platform.Slice;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.internal.cases.CaseList;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promise ledger as people read it: the lists by status and owner (and their export), "my day",
 * a case's and a customer's promises. Changes go through {@link PromiseLedger}.
 */
@Service
public class PromiseList {

    /**
     * The promises to blocked customers are kept (legal claims) but listed, counted and exported
     * nowhere; a promise to a party that is no customer stays.
     */
    private static final String VISIBLE = BlockedCustomers.visible("service_promise.customer_id");

    static final String COLUMNS = """
            id, case_id, customer_id, kind, description, owner_username, status, made_at, due_at, kept_at,
            broken_at, promised_days, actual_days, party_module, party_id, party_name, party_link\s""";

    static final RowMapper<Promise> ROW = (rs, n) -> new Promise(
            rs.getLong("id"),
            (Long) rs.getObject("case_id", Long.class),
            (Long) rs.getObject("customer_id", Long.class),
            PromiseKind.valueOf(rs.getString("kind")),
            rs.getString("description"),
            rs.getString("owner_username"),
            PromiseStatus.valueOf(rs.getString("status")),
            instant(rs, "made_at"),
            instant(rs, "due_at"),
            instant(rs, "kept_at"),
            instant(rs, "broken_at"),
            rs.getBigDecimal("promised_days"),
            rs.getBigDecimal("actual_days"),
            party(rs));

    private static PromiseParty party(ResultSet rs) throws SQLException {
        Long customer = rs.getObject("customer_id", Long.class);
        return customer != null
                ? PromiseParty.customer(CustomerId.of(customer))
                : PromiseParty.outside(
                        rs.getString("party_module"),
                        rs.getString("party_id"),
                        rs.getString("party_name"),
                        rs.getString("party_link"));
    }

    private final JdbcClient jdbc;

    PromiseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of promises in a status ({@code null}: all), soonest due first for pending ones; of one
     * owner, or with {@code owner} {@link CaseList#UNASSIGNED} of nobody.
     */
    @Transactional(readOnly = true)
    public Slice<Promise> list(PromiseStatus status, String owner, int page, int size) {
        return list(
                status,
                owner,
                status == PromiseStatus.PENDING ? ListLinks.Direction.ASC : ListLinks.Direction.DESC,
                page,
                size);
    }

    /**
     * One page of the promises of a status (and owner), by due moment in {@code direction}, along
     * the index on (status, due) or (owner, status, due).
     */
    @Transactional(readOnly = true)
    public Slice<Promise> list(PromiseStatus status, String owner, ListLinks.Direction direction, int page, int size) {
        String order = direction == ListLinks.Direction.DESC ? "due_at DESC, id DESC" : "due_at, id";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = where(status, owner, params);
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        return Slice.of(
                jdbc.sql("SELECT " + COLUMNS + " FROM service_promise" + where + " ORDER BY " + order
                                + " LIMIT :limit OFFSET :offset")
                        .params(params)
                        .query(ROW)
                        .list(),
                page,
                size);
    }

    /**
     * Every promise of the list for this status, owner and direction, in its order, handed to
     * {@code batch} a few hundred at a time from one streamed query: the list's export, all pages.
     */
    @Transactional(readOnly = true)
    public void each(
            PromiseStatus status,
            String owner,
            ListLinks.Direction direction,
            java.util.function.Consumer<List<Promise>> batch) {
        String order = direction == ListLinks.Direction.DESC ? "due_at DESC, id DESC" : "due_at, id";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = where(status, owner, params);
        List<Promise> pending = new java.util.ArrayList<>(500);
        try (java.util.stream.Stream<Promise> rows = jdbc
                .sql("SELECT " + COLUMNS + " FROM service_promise" + where + " ORDER BY " + order)
                .params(params)
                .query(ROW)
                .stream()) {
            rows.forEach(row -> {
                pending.add(row);
                if (pending.size() == 500) {
                    batch.accept(List.copyOf(pending));
                    pending.clear();
                }
            });
        }
        if (!pending.isEmpty()) {
            batch.accept(List.copyOf(pending));
        }
    }

    /** How many promises of a status (and owner) there are, counted up to {@link ListTotal#CAP}. */
    @Transactional(readOnly = true)
    public ListTotal count(PromiseStatus status, String owner) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = where(status, owner, params);
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM service_promise" + where))
                .params(params)
                .query(Long.class)
                .single());
    }

    private static String where(PromiseStatus status, String owner, java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(VISIBLE);
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        if (CaseList.UNASSIGNED.equals(owner)) {
            where.append(" AND owner_username IS NULL");
        } else if (owner != null) {
            where.append(" AND owner_username = :owner");
            params.put("owner", owner);
        }
        return where.toString();
    }

    /**
     * Pending promises of {@code owner} for "my day" at {@code now}: due today in the business time
     * zone (overdue ones included), and those due after today within {@code dueSoon}, apart; at most
     * {@code limit} in all, soonest first.
     */
    @Transactional(readOnly = true)
    public PromisesDue dueFor(String owner, Instant now, ZoneId zone, Duration dueSoon, int limit) {
        List<Promise> pending = jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_promise WHERE owner_username = :owner AND status = 'PENDING' AND due_at <= :until
                   AND """ + VISIBLE + """
                 ORDER BY due_at, id LIMIT :limit""")
                .param("owner", owner)
                .param("until", Timestamp.from(PromisesDue.horizon(now, zone, dueSoon)))
                .param("limit", limit)
                .query(ROW)
                .list();
        return PromisesDue.split(pending, now, zone, dueSoon);
    }

    /** The promises made in a case, newest first. */
    @Transactional(readOnly = true)
    public List<Promise> ofCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_promise WHERE case_id = :c ORDER BY made_at DESC, id DESC")
                .param("c", caseId)
                .query(ROW)
                .list();
    }

    /** The customer's pending promises, soonest first. */
    @Transactional(readOnly = true)
    public List<Promise> pendingOf(long customerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_promise WHERE customer_id = :c AND status = 'PENDING' ORDER BY due_at, id LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** How many promises made to this customer were broken. */
    @Transactional(readOnly = true)
    public long brokenCount(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM service_promise WHERE customer_id = :c AND status = 'BROKEN'")
                .param("c", customerId)
                .query(Long.class)
                .single();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
