package org.clientela.customers.internal;

import java.util.Optional;
import org.clientela.customers.CustomerAddresses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcCustomerAddresses implements CustomerAddresses {

    private final JdbcClient jdbc;

    JdbcCustomerAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MailingAddress> find(long customerId) {
        return jdbc.sql("""
                SELECT c.id, c.name,
                       COALESCE(c.email, (SELECT ct.email FROM contact ct
                                           WHERE ct.customer_id = c.id AND ct.email IS NOT NULL
                                           ORDER BY ct.position LIMIT 1)),
                       c.address, c.postal_code, c.city,
                       CASE WHEN c.email IS NULL THEN (SELECT ct.id FROM contact ct
                                           WHERE ct.customer_id = c.id AND ct.email IS NOT NULL
                                           ORDER BY ct.position LIMIT 1) END
                  FROM customer c WHERE c.id = :id""")
                .param("id", customerId)
                .query((rs, n) -> new MailingAddress(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, Long.class)))
                .optional();
    }
}
