package org.clientela.sales.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.platform.PersonalDataAnonymiser.ErasedPerson;
import org.clientela.sales.ProspectPersonalData;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A prospect who never became a customer, exported and erased on their own: the same columns
 * {@link SalesAnonymisation} empties for the prospect a customer was, chosen here by the prospect's
 * id, with the prospect's own marker ({@link ProspectPersonalData#marker}) where a text must stay.
 */
@Component
class ProspectAnonymisation implements ProspectPersonalData {

    private static final String THE_PROSPECT = "id = :customer";
    private static final String OF_THE_PROSPECT = "prospect_id = :customer";

    /** The columns that become empty; {@code :customer} stands for the prospect's id here. */
    private static final PersonalColumns EMPTIED =
            SalesAnonymisation.prospectColumns(THE_PROSPECT, OF_THE_PROSPECT, false);

    /**
     * The last dealing of each prospect in a range of ids not won nor anonymised: the latest of its
     * own moments and of its records' (each absent one standing for the day it was added).
     */
    private static final String LAST_DEALINGS = """
            SELECT id, last_dealing FROM (
              SELECT p.id, GREATEST(p.created_at, p.updated_at,
                       COALESCE((SELECT MAX(a.at) FROM sales_activity a WHERE a.prospect_id = p.id), p.created_at),
                       COALESCE((SELECT MAX(a.appointment_at) FROM sales_activity a WHERE a.prospect_id = p.id),
                                p.created_at),
                       COALESCE((SELECT MAX(GREATEST(c.made_at, c.due_at)) FROM sales_call_back c
                                  WHERE c.prospect_id = p.id), p.created_at),
                       COALESCE((SELECT MAX(w.received_at) FROM sales_web_lead w WHERE w.prospect_id = p.id),
                                p.created_at),
                       COALESCE((SELECT MAX(b.created_at) FROM sales_business_case b WHERE b.prospect_id = p.id),
                                p.created_at)) AS last_dealing
                FROM sales_prospect p
               WHERE p.id >= :from AND p.id < :to AND p.customer_id IS NULL AND p.anonymised_at IS NULL
            ) dealings
             WHERE last_dealing < :cutoff
             ORDER BY id""";

    /** The columns that must hold something, and so hold the marker: table, rows, column. */
    private static final List<String[]> MARKED = List.of(
            new String[] {"sales_prospect", THE_PROSPECT, "name"},
            new String[] {"sales_prospect", THE_PROSPECT, "sort_name"},
            new String[] {"sales_web_lead", OF_THE_PROSPECT, "name"},
            new String[] {"sales_business_case", OF_THE_PROSPECT, "title"});

    private final JdbcClient jdbc;
    private final Promises promises;
    private final Clock clock;

    ProspectAnonymisation(JdbcClient jdbc, Promises promises, Clock clock) {
        this.jdbc = jdbc;
        this.promises = promises;
        this.clock = clock;
    }

    @Override
    public Map<String, String> exports() {
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("prospect", "SELECT * FROM sales_prospect WHERE id = :prospectId");
        exports.put("prospect-contacts", rowsOf("sales_prospect_contact"));
        exports.put("activities", rowsOf("sales_activity"));
        exports.put("call-backs", "SELECT * FROM sales_call_back WHERE prospect_id = :prospectId ORDER BY promise_id");
        exports.put("web-leads", rowsOf("sales_web_lead"));
        exports.put("business-cases", rowsOf("sales_business_case"));
        exports.put("business-case-flows", """
                SELECT f.* FROM sales_business_case_flow f JOIN sales_business_case c ON c.id = f.business_case_id
                 WHERE c.prospect_id = :prospectId ORDER BY f.business_case_id, f.period""");
        return exports;
    }

    private static String rowsOf(String table) {
        return "SELECT * FROM " + table + " WHERE prospect_id = :prospectId ORDER BY id";
    }

    @Override
    public Set<String> identifiers(long prospectId) {
        Set<String> values = new LinkedHashSet<>();
        jdbc.sql("""
                SELECT name, email, phone, tax_id FROM sales_prospect WHERE id = :prospect
                UNION ALL
                SELECT name, email, phone, NULL FROM sales_prospect_contact WHERE prospect_id = :prospect
                UNION ALL
                SELECT name, email, phone, company FROM sales_web_lead WHERE prospect_id = :prospect""")
                .param("prospect", prospectId)
                .query((row, n) ->
                        new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)})
                .list()
                .forEach(found -> {
                    for (String value : found) {
                        if (value != null && !value.isBlank()) {
                            values.add(value.strip());
                        }
                    }
                });
        return values;
    }

    @Override
    public long highestProspectId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM sales_prospect")
                .query(Long.class)
                .single();
    }

    @Override
    public Map<Long, Instant> idleBefore(long from, long to, Instant cutoff) {
        Map<Long, Instant> idle = new TreeMap<>();
        jdbc.sql(LAST_DEALINGS)
                .param("from", from)
                .param("to", to)
                .param("cutoff", java.sql.Timestamp.from(cutoff))
                .query((row, n) -> idle.put(row.getLong(1), row.getTimestamp(2).toInstant()))
                .list();
        return idle;
    }

    @Override
    public boolean anonymised(long prospectId) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_prospect WHERE id = :prospect AND anonymised_at IS NOT NULL")
                        .param("prospect", prospectId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<Change> anonymise(long prospectId, boolean dryRun) {
        String marker = ProspectPersonalData.marker(prospectId);
        List<Change> changes = new ArrayList<>();
        for (String[] column : MARKED) {
            String where = " WHERE " + column[1] + " AND " + column[2] + " <> :marker";
            long rows = dryRun
                    ? jdbc.sql("SELECT COUNT(*) FROM " + column[0] + where)
                            .param("customer", prospectId)
                            .param("marker", marker)
                            .query(Long.class)
                            .single()
                    : jdbc.sql("UPDATE " + column[0] + " SET " + column[2] + " = :marker" + where)
                            .param("customer", prospectId)
                            .param("marker", marker)
                            .update();
            if (rows > 0) {
                changes.add(new Change("sales", column[0], column[2], rows));
            }
        }
        changes.addAll(EMPTIED.apply(jdbc, new ErasedPerson(prospectId, Set.of()), dryRun));
        // The call-backs promised to the prospect live in service's promise ledger, under its name.
        PromiseParty party =
                PromiseParty.outside("sales", Long.toString(prospectId), marker, "/sales/prospects/" + prospectId);
        if (!dryRun) {
            promises.cancelFor(party);
        }
        long promised = promises.forget(party, marker, dryRun);
        if (promised > 0) {
            changes.add(new Change("service", "service_promise", "description, party_name", promised));
        }
        if (!dryRun) {
            jdbc.sql("UPDATE sales_prospect SET anonymised_at = :now WHERE id = :prospect")
                    .param("now", OffsetDateTime.now(clock))
                    .param("prospect", prospectId)
                    .update();
        }
        return changes;
    }
}
