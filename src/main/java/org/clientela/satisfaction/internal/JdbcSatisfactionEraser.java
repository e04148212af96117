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
            "DELETE FROM satisfaction_survey_count",
            "DELETE FROM satisfaction_survey",
            "DELETE FROM satisfaction_idea",
            "DELETE FROM satisfaction_gesture",
            "DELETE FROM satisfaction_loyalty_score_next",
            "DELETE FROM satisfaction_loyalty_score",
            "DELETE FROM satisfaction_loyalty_tier_change",
            "DELETE FROM satisfaction_loyalty_invitation",
            "DELETE FROM satisfaction_loyalty_member",
            "DELETE FROM satisfaction_loyalty_tier",
            "DELETE FROM satisfaction_loyalty_program",
            "DELETE FROM satisfaction_internal_message",
            "DELETE FROM satisfaction_internal_request",
            "DELETE FROM satisfaction_review_action",
            "DELETE FROM satisfaction_project_review");

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
