package org.clientela.privacy.internal.erasure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of the append-only erasure journals: {@code privacy_erasure} (customer id, step, moment)
 * and {@code privacy_prospect_erasure} (the id of a prospect who never became a customer, and the
 * moment it was anonymised).
 */
@Component
class ErasureEntries {

    /** What started a step, as the journal records it: a person's request or the retention periods. */
    static final String BY_PERSON = "PERSON";

    static final String BY_SCHEDULE = "SCHEDULE";

    /** One row of the journal. */
    record Entry(long customerId, ErasureStep step, Instant madeAt) {}

    /** One row of the prospects' journal: the prospect was anonymised at {@code madeAt}. */
    record ProspectEntry(long prospectId, Instant madeAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ErasureEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends that {@code customerId} reached {@code step} now, moved by {@code origin}. */
    Instant append(long customerId, ErasureStep step, String origin) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO privacy_erasure (customer_id, step, made_at, origin)
                VALUES (:customer, :step, :at, :origin)""")
                .param("customer", customerId)
                .param("step", step.name())
                .param("at", Timestamp.from(now))
                .param("origin", origin)
                .update();
        return now;
    }

    /** Where the customer stands: the furthest step the journal records, or active. */
    ErasureStep stepOf(long customerId) {
        return jdbc
                .sql("SELECT step FROM privacy_erasure WHERE customer_id = :customer")
                .param("customer", customerId)
                .query(String.class)
                .list()
                .stream()
                .map(ErasureStep::valueOf)
                .max(Enum::compareTo)
                .orElse(ErasureStep.ACTIVE);
    }

    /** The furthest step of each customer in the journal (absent ones are active). */
    Map<Long, ErasureStep> steps() {
        Map<Long, ErasureStep> steps = new HashMap<>();
        jdbc.sql("SELECT customer_id, step FROM privacy_erasure")
                .query((row, n) -> {
                    steps.merge(
                            row.getLong(1),
                            ErasureStep.valueOf(row.getString(2)),
                            (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    return null;
                })
                .list();
        return steps;
    }

    /** The customers of {@code ids} that stand at {@code step} or further. */
    List<Long> atLeast(ErasureStep step, Collection<Long> ids) {
        return steps().entrySet().stream()
                .filter(e -> e.getValue().compareTo(step) >= 0 && ids.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The rows made after {@code moment}, oldest first. */
    List<Entry> since(Instant moment) {
        return jdbc.sql("""
                SELECT customer_id, step, made_at FROM privacy_erasure WHERE made_at > :moment ORDER BY made_at, id""")
                .param("moment", Timestamp.from(moment))
                .query((row, n) -> new Entry(
                        row.getLong(1),
                        ErasureStep.valueOf(row.getString(2)),
                        row.getTimestamp(3).toInstant()))
                .list();
    }

    /** Appends that {@code prospectId} was anonymised now, moved by {@code origin}. */
    Instant appendProspect(long prospectId, String origin) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO privacy_prospect_erasure (prospect_id, made_at, origin)
                VALUES (:prospect, :at, :origin)""")
                .param("prospect", prospectId)
                .param("at", Timestamp.from(now))
                .param("origin", origin)
                .update();
        return now;
    }

    /** The prospects anonymised after {@code moment}, oldest first. */
    List<ProspectEntry> prospectsSince(Instant moment) {
        return jdbc.sql("""
                SELECT prospect_id, made_at FROM privacy_prospect_erasure WHERE made_at > :moment
                 ORDER BY made_at, id""")
                .param("moment", Timestamp.from(moment))
                .query((row, n) ->
                        new ProspectEntry(row.getLong(1), row.getTimestamp(2).toInstant()))
                .list();
    }
}
