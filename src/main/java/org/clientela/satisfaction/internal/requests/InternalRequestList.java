package org.clientela.satisfaction.internal.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of internal requests: a person's boxes, what their department has to answer, what they
 * have to rate, and a customer's. Each shows only what the person may read, as {@link
 * InternalRequests#find} does for one request, and none shows the requests about blocked customers.
 */
@Service
public class InternalRequestList {

    /** Which requests a list shows: every one the person may read, or those to or from their department. */
    public enum Box {
        ALL,
        TO_US,
        FROM_US
    }

    /** A page of a list: {@code open} null for any status. */
    public record Query(Box box, Boolean open, int page, int size) {}

    /** Requests about blocked customers are kept (legal claims) but listed nowhere; those about no customer stay. */
    private static final String VISIBLE = BlockedCustomers.visible("r.customer_id");

    private final JdbcClient jdbc;
    private final Departments departments;
    private final InternalRequests requests;

    InternalRequestList(JdbcClient jdbc, Departments departments, InternalRequests requests) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.requests = requests;
    }

    /** A page of the requests {@code who} may read, the newest first. */
    @Transactional(readOnly = true)
    public Slice<InternalRequest> list(Query query, Colleague who) {
        String department = departments.of(who.username()).orElse("");
        List<String> where = new ArrayList<>();
        where.add(VISIBLE);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dept", department);
        p.put("me", who.username());
        if (!who.seesAll()) {
            where.add("(r.from_department = :dept OR r.to_department = :dept OR r.requester = :me)");
        }
        if (query.box() == Box.TO_US) {
            where.add("r.to_department = :dept");
        } else if (query.box() == Box.FROM_US) {
            where.add("r.from_department = :dept");
        }
        if (query.open() != null) {
            where.add(query.open() ? "r.status IN ('OPEN', 'IN_PROGRESS')" : "r.status IN ('CLOSED', 'CANCELLED')");
        }
        p.put("limit", query.size() + 1);
        p.put("offset", (long) query.page() * query.size());
        String sql = RequestRows.SELECT + " WHERE " + String.join(" AND ", where)
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset";
        return Slice.of(jdbc.sql(sql).params(p).query(RequestRows.ROW).list(), query.page(), query.size());
    }

    /** The open requests to {@code who}'s department, the soonest first answer due first. */
    @Transactional(readOnly = true)
    public List<InternalRequest> toAnswer(Colleague who, int limit) {
        Optional<String> department = departments.of(who.username());
        if (department.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RequestRows.SELECT + """
                         WHERE r.to_department = :dept AND r.status IN ('OPEN', 'IN_PROGRESS') AND """ + VISIBLE + """
                        ORDER BY r.first_response_due, r.created_at LIMIT :limit""")
                .param("dept", department.get())
                .param("limit", limit)
                .query(RequestRows.ROW)
                .list();
    }

    /** {@code who}'s closed requests they have not rated yet, unless they serve them now. */
    @Transactional(readOnly = true)
    public List<InternalRequest> toRate(Colleague who, int limit) {
        return jdbc
                .sql(RequestRows.SELECT + """
                         WHERE r.requester = :me AND r.status = 'CLOSED' AND r.rated_at IS NULL AND """ + VISIBLE + """
                        ORDER BY r.closed_at DESC LIMIT :limit""")
                .param("me", who.username())
                .param("limit", limit)
                .query(RequestRows.ROW)
                .list()
                .stream()
                .filter(r -> !requests.serves(r, who))
                .toList();
    }

    /** The newest requests about a customer (for the customer's page). */
    @Transactional(readOnly = true)
    public List<InternalRequest> aboutCustomer(long customerId, int limit) {
        return jdbc.sql(RequestRows.SELECT + " WHERE r.customer_id = :customer ORDER BY r.created_at DESC LIMIT :limit")
                .param("customer", customerId)
                .param("limit", limit)
                .query(RequestRows.ROW)
                .list();
    }
}
