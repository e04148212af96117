package org.clientela.service.internal.cases;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientela.customers.CustomerId;
import org.clientela.retention.OpenServiceCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link OpenServiceCases} over the case table, in chunks of ids along its customer index. */
@Component
@Transactional(readOnly = true)
class JdbcOpenServiceCases implements OpenServiceCases {

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    JdbcOpenServiceCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<CustomerId> withOpenCase(Collection<CustomerId> customerIds) {
        Set<CustomerId> open = new HashSet<>();
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            open.addAll(jdbc
                    .sql("""
                    SELECT DISTINCT customer_id FROM service_case
                     WHERE customer_id IN (:ids) AND status IN ('OPEN', 'IN_PROGRESS')""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(Long.class)
                    .list()
                    .stream()
                    .map(CustomerId::of)
                    .toList());
        }
        return open;
    }
}
