package org.clientela.retention.internal;

import java.util.List;
import org.clientela.retention.RetentionEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcRetentionEraser implements RetentionEraser {

    /** Children before the rows they point at. */
    private static final List<String> TABLES = List.of(
            "retention_call_task",
            "retention_signal",
            "retention_customer_score",
            "retention_radar_run",
            "retention_model_check",
            "retention_model_fit",
            "retention_loss",
            "retention_let_down",
            "retention_presumed_lost",
            "retention_snapshot",
            "retention_customer_segment",
            "retention_category_pair",
            "retention_segment_run",
            "retention_action_customer",
            "retention_action",
            "retention_idea");

    private final JdbcClient jdbc;

    JdbcRetentionEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void eraseAll() {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }
}
