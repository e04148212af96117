package org.clientela.customers.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clientela.customers.CustomerOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerOwners} over the customer table, in chunks of ids. */
@Component
@Transactional(readOnly = true)
class JdbcCustomerOwners implements CustomerOwners {

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    JdbcCustomerOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, String> ownersOf(Collection<Long> customerIds) {
        Map<Long, String> owners = new HashMap<>();
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT id, owner_username FROM customer WHERE id IN (:ids) AND owner_username IS NOT NULL")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        owners.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return owners;
    }

    @Override
    public Set<String> owners() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT owner_username FROM customer WHERE owner_username IS NOT NULL")
                .query(String.class)
                .list());
    }

    @Override
    public List<Long> customersOf(String owner) {
        return owner == null
                ? jdbc.sql("SELECT id FROM customer WHERE owner_username IS NULL")
                        .query(Long.class)
                        .list()
                : jdbc.sql("SELECT id FROM customer WHERE owner_username = :o")
                        .param("o", owner)
                        .query(Long.class)
                        .list();
    }

    @Override
    public boolean anyUnowned() {
        return jdbc.sql("SELECT 1 FROM customer WHERE owner_username IS NULL LIMIT 1")
                .query(Integer.class)
                .optional()
                .isPresent();
    }
}
