package org.clientela.customers.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientela.customers.BlockedCustomers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcBlockedCustomers implements BlockedCustomers {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    JdbcBlockedCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> blockedAmong(Collection<Long> customerIds) {
        Set<Long> blocked = new HashSet<>();
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            blocked.addAll(jdbc.sql("SELECT id FROM customer WHERE blocked_at IS NOT NULL AND id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(Long.class)
                    .list());
        }
        return blocked;
    }
}
