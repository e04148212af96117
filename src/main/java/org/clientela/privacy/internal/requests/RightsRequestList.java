package org.clientela.privacy.internal.requests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register read as lists: a page of it (pending, overdue or all; sorted), and the pending
 * requests due within some days or overdue, for the home card.
 */
@Service
@Transactional(readOnly = true)
public class RightsRequestList {

    private static final String SELECT = RightsRequests.SELECT;
    private static final RowMapper<RightsRequest> REQUEST = RightsRequests.REQUEST;

    private final JdbcClient jdbc;
    private final RightsRequests requests;

    RightsRequestList(JdbcClient jdbc, RightsRequests requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    private LocalDate today() {
        return requests.today();
    }

    /** One page of the register. */
    public Slice<RightsRequest> search(RequestQuery query) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        switch (query.show()) {
            case OPEN -> sql.append(" AND status IN ('OPEN', 'EXTENDED')");
            case OVERDUE -> {
                sql.append(" AND status IN ('OPEN', 'EXTENDED') AND due_on < :today");
                params.put("today", today());
            }
            case ALL -> {}
        }
        if (query.customerId() != null) {
            sql.append(" AND customer_id = :customer");
            params.put("customer", query.customerId());
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
        return Slice.of(jdbc.sql(sql.toString()).params(params).query(REQUEST).list(), query.page(), query.size());
    }

    /**
     * The pending requests due within {@code days} days or overdue, soonest first, at most
     * {@code limit}: what the home card warns about.
     */
    public List<RightsRequest> dueWithin(int days, int limit) {
        return jdbc.sql(SELECT + " WHERE status IN ('OPEN', 'EXTENDED') AND due_on <= :until"
                        + " ORDER BY due_on, id LIMIT :limit")
                .param("until", today().plusDays(days))
                .param("limit", limit)
                .query(REQUEST)
                .list();
    }
}
