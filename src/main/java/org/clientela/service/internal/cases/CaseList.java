package org.clientela.service.internal.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.ListLinks;
import org.clientela.platform.ListTotal;
import org.clientela.platform.Slice;
import org.clientela.platform.SortColumn;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cases: the filtered case list, "my day", a customer's cases. Each query pages or
 * limits.
 *
 * <p>Long because every list of cases (the filtered list and its export, my day, a customer's)
 * reads the same columns with the same row mapper, the same rule that hides blocked customers, and
 * the same filling-in of customers' names.
 */
@Service
@Transactional(readOnly = true)
public class CaseList {

    /** The owner filter's value for cases nobody owns (no username is this short). */
    public static final String UNASSIGNED = "-";

    private static final int EXPORT_BATCH = 500;

    /** The cases of blocked customers are kept (legal claims) but listed, counted and exported nowhere. */
    private static final String VISIBLE = BlockedCustomers.visible("service_case.customer_id");

    /** How a case list is ordered. */
    public enum Sort {
        NEWEST("opened_at DESC, id DESC"),
        OLDEST("opened_at, id"),
        UPDATE_DUE("next_update_due_at, id");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    /**
     * The columns the case list sorts by, in either direction, each along an index of
     * {@code service_case} (the status and owner ones with the opening moment after them).
     */
    public enum Column implements SortColumn {
        REFERENCE("reference %s"),
        OPENED("opened_at %1$s, id %1$s"),
        STATUS("status %1$s, opened_at %1$s, id %1$s"),
        OWNER("owner_username %1$s, opened_at %1$s, id %1$s"),
        UPDATE_DUE("next_update_due_at %1$s, id %1$s");

        private final String orderBy;

        Column(String orderBy) {
            this.orderBy = orderBy;
        }

        @Override
        public String orderBy() {
            return orderBy;
        }

        /** The column a URL names, or {@code null}. */
        public static Column parse(String text) {
            return SortColumn.parse(Column.class, text);
        }
    }

    /** What a case list shows: all {@code null} is every case. {@code open} keeps open and in-progress ones. */
    public record Filter(
            CaseStatus status, Boolean open, String owner, CaseType type, Boolean updateOverdue, Long customerId) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    private static final String COLUMNS = """
            id, reference, customer_id, case_type, reason, priority, status, owner_username, subject, opened_at,
            last_customer_update_at, next_update_due_at\s""";

    private static final RowMapper<CaseRow> ROW = (rs, n) -> new CaseRow(
            rs.getLong("id"),
            rs.getString("reference"),
            rs.getLong("customer_id"),
            null,
            CaseType.valueOf(rs.getString("case_type")),
            rs.getString("reason") == null ? null : ComplaintReason.valueOf(rs.getString("reason")),
            Priority.valueOf(rs.getString("priority")),
            CaseStatus.valueOf(rs.getString("status")),
            rs.getString("owner_username"),
            rs.getString("subject"),
            instant(rs, "opened_at"),
            instant(rs, "last_customer_update_at"),
            instant(rs, "next_update_due_at"));

    private final JdbcClient jdbc;
    private final CustomerDirectory directory;
    private final Clock clock;

    CaseList(JdbcClient jdbc, CustomerDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public Slice<CaseRow> list(Filter filter, Sort sort, int page, int size) {
        return list(filter, sort.sql, page, size);
    }

    /** One page of the cases the filter covers, sorted by a column of the list. */
    public Slice<CaseRow> list(Filter filter, Column column, ListLinks.Direction direction, int page, int size) {
        return list(filter, column.sql(direction), page, size);
    }

    /** How many cases the filter covers, counted up to {@link ListTotal#CAP}. */
    public ListTotal count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM service_case" + where))
                .params(params)
                .query(Long.class)
                .single());
    }

    private Slice<CaseRow> list(Filter filter, String orderBy, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        List<CaseRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM service_case" + where + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ROW)
                .list();
        return Slice.of(named(rows), page, size);
    }

    /**
     * Every case the filter covers, in the list's order for this column and direction, handed to
     * {@code batch} a few hundred at a time with the customers' names filled in: one streamed query,
     * so an export of every page never holds the whole list in memory.
     */
    public void each(Filter filter, Column column, ListLinks.Direction direction, Consumer<List<CaseRow>> batch) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        List<CaseRow> pending = new ArrayList<>(EXPORT_BATCH);
        try (Stream<CaseRow> rows = jdbc
                .sql("SELECT " + COLUMNS + " FROM service_case" + where + " ORDER BY " + column.sql(direction))
                .params(params)
                .query(ROW)
                .stream()) {
            rows.forEach(row -> {
                pending.add(row);
                if (pending.size() == EXPORT_BATCH) {
                    batch.accept(named(pending));
                    pending.clear();
                }
            });
        }
        if (!pending.isEmpty()) {
            batch.accept(named(pending));
        }
    }

    private String where(Filter filter, Map<String, Object> params) {
        // A blocked customer's cases are in no list of all cases; their own page still asks for theirs.
        StringBuilder where = new StringBuilder(" WHERE ").append(filter.customerId() == null ? VISIBLE : "1 = 1");
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        } else if (Boolean.TRUE.equals(filter.open()) || Boolean.TRUE.equals(filter.updateOverdue())) {
            where.append(" AND status IN ('OPEN', 'IN_PROGRESS')");
        }
        if (UNASSIGNED.equals(filter.owner() == null ? null : filter.owner().strip())) {
            where.append(" AND owner_username IS NULL");
        } else if (filter.owner() != null && !filter.owner().isBlank()) {
            where.append(" AND owner_username = :owner");
            params.put("owner", filter.owner().strip());
        }
        if (filter.type() != null) {
            where.append(" AND case_type = :type");
            params.put("type", filter.type().name());
        }
        if (Boolean.TRUE.equals(filter.updateOverdue())) {
            where.append(" AND next_update_due_at <= :now");
            params.put("now", Timestamp.from(clock.instant()));
        }
        if (filter.customerId() != null) {
            where.append(" AND customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        return where.toString();
    }

    /** My open cases whose customer is due news before {@code until}, most overdue first. */
    public List<CaseRow> updatesDue(String owner, Instant until, int limit) {
        return named(jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_case WHERE owner_username = :owner AND status IN ('OPEN', 'IN_PROGRESS')
                   AND next_update_due_at <= :until AND """ + VISIBLE + """
                 ORDER BY next_update_due_at, id LIMIT :limit""")
                .param("owner", owner)
                .param("until", Timestamp.from(until))
                .param("limit", limit)
                .query(ROW)
                .list());
    }

    /** Cases assigned to me that nobody has started yet, newest first. */
    public List<CaseRow> newFor(String owner, int limit) {
        return named(jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_case WHERE owner_username = :owner AND status = 'OPEN' AND """ + VISIBLE + """
                 ORDER BY opened_at DESC, id DESC LIMIT :limit""")
                .param("owner", owner)
                .param("limit", limit)
                .query(ROW)
                .list());
    }

    /** The customer's open cases, newest first. */
    public List<CaseRow> openOf(long customerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_case WHERE customer_id = :c AND status IN ('OPEN', 'IN_PROGRESS')
                 ORDER BY opened_at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** The customer's latest cases, newest first. */
    public List<CaseRow> latestOf(long customerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_case WHERE customer_id = :c ORDER BY opened_at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    private List<CaseRow> named(List<CaseRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, CustomerDirectory.CustomerRef> names =
                directory.findAll(rows.stream().map(CaseRow::customerId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    CustomerDirectory.CustomerRef ref = names.get(r.customerId());
                    return r.withCustomerName(ref == null ? null : ref.name());
                })
                .toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
