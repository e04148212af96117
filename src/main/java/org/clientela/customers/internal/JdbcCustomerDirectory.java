package org.clientela.customers.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcCustomerDirectory implements CustomerDirectory {

    private static final int CHUNK = 1000;

    private static final RowMapper<CustomerRef> REF =
            (rs, n) -> new CustomerRef(rs.getLong(1), rs.getString(2), rs.getString(3));

    private final JdbcClient jdbc;

    JdbcCustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> idsByNumber(Collection<String> customerNumbers) {
        Map<String, Long> ids = new HashMap<>();
        List<String> numbers = List.copyOf(customerNumbers);
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            jdbc.sql("SELECT customer_number, id FROM customer WHERE customer_number IN (:numbers)")
                    .param("numbers", chunk)
                    .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        return ids;
    }

    @Override
    public Map<Long, CustomerRef> findAll(Collection<Long> customerIds) {
        Map<Long, CustomerRef> found = new HashMap<>();
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("SELECT id, customer_number, name FROM customer WHERE id IN (:ids)")
                    .param("ids", chunk)
                    .query(REF)
                    .list()
                    .forEach(ref -> found.put(ref.id(), ref));
        }
        return found;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
    }

    @Override
    public Optional<CustomerRef> find(long customerId) {
        return jdbc.sql("SELECT id, customer_number, name FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(REF)
                .optional();
    }
}
