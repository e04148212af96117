package org.clientela.service.internal;

import java.util.List;
import org.clientela.service.ServiceEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcServiceEraser implements ServiceEraser {

    /** Children before the rows they point at. */
    private static final List<String> TABLES = List.of(
            "service_investigation",
            "service_keep_assessment",
            "service_letter",
            "service_concession",
            "service_case_note",
            "service_promise",
            "service_case",
            "service_customer_alert",
            "service_routing_rule",
            "service_contact_attempt");

    private final JdbcClient jdbc;

    JdbcServiceEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void eraseAll() {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }
}
