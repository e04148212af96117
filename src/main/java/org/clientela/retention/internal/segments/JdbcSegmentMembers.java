package org.clientela.retention.internal.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.customers.BlockedCustomers;
import org.clientela.retention.SegmentMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcSegmentMembers implements SegmentMembers {

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    JdbcSegmentMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> segments() {
        return Arrays.stream(RfmSegment.values()).map(Enum::name).toList();
    }

    @Override
    public List<Long> customersIn(String segment, int limit) {
        RfmSegment known = RfmSegment.valueOf(segment);
        return jdbc.sql("""
                        SELECT customer_id FROM retention_customer_segment WHERE segment = :segment
                           AND """ + BlockedCustomers.visible("retention_customer_segment.customer_id") + """
                         ORDER BY revenue DESC, customer_id LIMIT :limit""")
                .param("segment", known.name())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    @Override
    public Map<Long, String> segmentsOf(Collection<Long> customerIds) {
        Map<Long, String> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(customerIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            jdbc.sql("SELECT customer_id, segment FROM retention_customer_segment WHERE customer_id IN (:ids)")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .query(rs -> {
                        found.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return found;
    }
}
