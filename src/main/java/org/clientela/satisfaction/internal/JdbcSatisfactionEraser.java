package org.clientela.satisfaction.internal;

import java.util.List;
import org.clientela.satisfaction.SatisfactionEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcSatisfactionEraser implements SatisfactionEraser {

    /** Children before the rows they point at; each part of the module adds its tables here. */
    private static final List<String> STATEMENTS = List.of(
            "DELETE FROM satisfaction_follow_up",
            "DELETE FROM satisfaction_call_back",
            "DELETE FROM satisfaction_contact_stop",
            "DELETE FROM satisfaction_respondent",
            "DELETE FROM satisfaction_survey");

    private final JdbcClient jdbc;

    JdbcSatisfactionEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void eraseAll() {
        STATEMENTS.forEach(statement -> jdbc.sql(statement).update());
    }
}
