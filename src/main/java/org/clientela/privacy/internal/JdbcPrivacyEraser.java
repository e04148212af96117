package org.clientela.privacy.internal;

import java.util.List;
import org.clientela.privacy.PrivacyEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcPrivacyEraser implements PrivacyEraser {

    /** Children before the rows they point at; each part of the module adds its tables here. */
    private static final List<String> STATEMENTS = List.of(
            "DELETE FROM privacy_unsubscribe_link",
            "DELETE FROM privacy_consent_current",
            "DELETE FROM privacy_consent_event",
            "DELETE FROM privacy_consent_text",
            "DELETE FROM privacy_request",
            "DELETE FROM privacy_erasure",
            "DELETE FROM privacy_prospect_erasure");

    private final JdbcClient jdbc;

    JdbcPrivacyEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void eraseAll() {
        STATEMENTS.forEach(statement -> jdbc.sql(statement).update());
    }
}
