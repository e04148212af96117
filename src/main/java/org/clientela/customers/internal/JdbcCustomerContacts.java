package org.clientela.customers.internal;

import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcCustomerContacts implements CustomerContacts {

    private static final String COLUMNS = "SELECT id, customer_id, name, email, phone FROM contact ";

    private final JdbcClient jdbc;

    JdbcCustomerContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ContactRef> find(long contactId) {
        return jdbc.sql(COLUMNS + "WHERE id = :id")
                .param("id", contactId)
                .query(JdbcCustomerContacts::ref)
                .optional();
    }

    @Override
    public List<ContactRef> of(long customerId) {
        return jdbc.sql(COLUMNS + "WHERE customer_id = :customer ORDER BY position")
                .param("customer", customerId)
                .query(JdbcCustomerContacts::ref)
                .list();
    }

    private static ContactRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ContactRef(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"));
    }
}
