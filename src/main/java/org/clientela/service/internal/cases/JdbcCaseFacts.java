package org.clientela.service.internal.cases;

import java.util.Optional;
import org.clientela.service.internal.letters.CaseFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What letters may know about a case, answered from the case table. */
@Component
@Transactional(readOnly = true)
class JdbcCaseFacts implements CaseFacts {

    private final JdbcClient jdbc;

    JdbcCaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseFact> find(long caseId) {
        return jdbc.sql("SELECT id, customer_id, reference, subject, owner_username FROM service_case WHERE id = :id")
                .param("id", caseId)
                .query((rs, n) ->
                        new CaseFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }
}
