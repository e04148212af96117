package org.clientela.sales.internal.callbacks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.StateConflict;
import org.clientela.platform.TextInput;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-backs sales promises to prospects ("te llamo el jueves"), kept in service's promise
 * ledger so they count and break like any other promise. Sellers cannot keep promises on service's
 * pages, so the next step a seller logs on a prospect keeps its pending call-backs here, and a
 * decided prospect withdraws them.
 */
@Service
public class CallBacks {

    public static final int NOTE_MAX = 500;
    static final String MODULE = "sales";

    private final Promises promises;
    private final JdbcClient jdbc;
    private final Clock clock;

    CallBacks(Promises promises, JdbcClient jdbc, Clock clock) {
        this.promises = promises;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A pending call-back of a seller, with the prospect it is owed to. */
    public record CallBack(long promiseId, long prospectId, String prospectName, Instant dueAt, String note) {}

    /** Promises a call to the prospect by {@code owner} at {@code dueAt}; returns the ledger's id. */
    @Transactional
    public long promise(long prospectId, String prospectName, String owner, Instant dueAt, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        TextInput.require("nextStepNote", text, NOTE_MAX, true);
        long id = promises.make(party(prospectId, prospectName), PromiseKind.CALL_BACK, dueAt, text, owner);
        jdbc.sql("""
                INSERT INTO sales_call_back (promise_id, prospect_id, owner_username, due_at, note, made_at)
                VALUES (:id, :prospect, :owner, :due, :note, :made)""")
                .param("id", id)
                .param("prospect", prospectId)
                .param("owner", owner)
                .param("due", Timestamp.from(dueAt))
                .param("note", text)
                .param("made", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /**
     * A step was taken with the prospect: its pending call-backs are kept (a late one the ledger has
     * already counted broken stays broken, and leaves the seller's list all the same). When the step
     * decided the prospect, whatever is still pending is withdrawn.
     */
    @Transactional
    public void stepTaken(long prospectId, String prospectName, boolean decided) {
        List<Long> pending = jdbc.sql(
                        "SELECT promise_id FROM sales_call_back WHERE prospect_id = :p AND closed_at IS NULL")
                .param("p", prospectId)
                .query(Long.class)
                .list();
        for (long id : pending) {
            try {
                promises.keep(id);
            } catch (StateConflict lateOrAlreadyClosed) {
                // The ledger knows how it ended; the seller's list only needs it gone.
            }
        }
        if (decided) {
            promises.cancelFor(party(prospectId, prospectName));
        }
        jdbc.sql("UPDATE sales_call_back SET closed_at = :now WHERE prospect_id = :p AND closed_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("p", prospectId)
                .update();
    }

    /**
     * The pending call-backs of {@code owner}, soonest (or most overdue) first; none to a prospect
     * that became a customer now blocked (LOPDGDD art. 32).
     */
    @Transactional(readOnly = true)
    public List<CallBack> pendingFor(String owner, int limit) {
        return jdbc.sql("""
                        SELECT c.promise_id, c.prospect_id, p.name, c.due_at, c.note
                          FROM sales_call_back c JOIN sales_prospect p ON p.id = c.prospect_id
                         WHERE c.owner_username = :owner AND c.closed_at IS NULL AND %s
                         ORDER BY c.due_at, c.promise_id
                         LIMIT :limit""".formatted(BlockedCustomers.visible("p.customer_id")))
                .param("owner", owner)
                .param("limit", limit)
                .query((rs, n) -> new CallBack(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    static PromiseParty party(long prospectId, String name) {
        String shown = name.length() > PromiseParty.NAME_MAX ? name.substring(0, PromiseParty.NAME_MAX) : name;
        return PromiseParty.outside(MODULE, Long.toString(prospectId), shown, "/sales/prospects/" + prospectId);
    }
}
