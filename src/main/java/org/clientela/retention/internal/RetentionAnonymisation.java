package org.clientela.retention.internal;

import java.util.List;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.clientela.retention.internal.plan.Actions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention module's part of an erasure: the notes of the person's calls and of their loss go;
 * a name quoted in a saved figure or a signal's words becomes the marker. Scores, segments, risk,
 * reasons and dates stay: they are the model's inputs and outputs, and name nobody.
 */
@Component
class RetentionAnonymisation implements PersonalDataAnonymiser {

    private static final String OF_THE_CUSTOMER = "customer_id = :customer";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("retention")
            .cleared("retention_call_task", OF_THE_CUSTOMER, "note")
            .cleared("retention_loss", OF_THE_CUSTOMER, "note")
            .scrubbed("retention_signal", OF_THE_CUSTOMER, "message_args")
            .scrubbed("retention_snapshot", "TRUE", "body");

    private final JdbcClient jdbc;
    private final Actions actions;

    RetentionAnonymisation(JdbcClient jdbc, Actions actions) {
        this.jdbc = jdbc;
        this.actions = actions;
    }

    /** A blocked customer leaves the plan's actions still running; the lists hide them by their queries. */
    @Override
    public void hide(long customerId) {
        actions.leaveRunning(customerId);
    }

    @Override
    public String module() {
        return "retention";
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
