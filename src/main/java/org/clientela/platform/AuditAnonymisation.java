package org.clientela.platform;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's part of an erasure: the audit log keeps every entry (who did what, when), but the
 * states before and after of the person's own customer record go, and wherever an entry or a
 * pending event quotes the person's name, e-mail, phone or tax id, the marker stands instead.
 */
@Component
class AuditAnonymisation implements PersonalDataAnonymiser {

    private static final String THE_CUSTOMERS_ENTRIES =
            "entity_type = 'customer' AND entity_id = CAST(:customer AS VARCHAR(64))";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("platform")
            .cleared("audit_entry", THE_CUSTOMERS_ENTRIES, "before_state", "after_state")
            .scrubbed("audit_entry", "TRUE", "summary", "before_state", "after_state", "words")
            .scrubbed("event_publication", "TRUE", "serialized_event");

    private final JdbcClient jdbc;

    AuditAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
