package org.clientela.sales;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.PersonalDataAnonymiser.Change;

/**
 * What the sales module holds about a prospect who never became a customer, for the privacy
 * module's export and erasure of that prospect (issue 19): the privacy module never reads the sales
 * tables, it asks this. A prospect won into a customer is exported and erased as that customer.
 */
public interface ProspectPersonalData {

    /**
     * The record types of a prospect's export, in order, each with the query of its rows; the
     * query names the prospect as {@code :prospectId}.
     */
    Map<String, String> exports();

    /** The prospect's name, e-mail, phone, tax id and their contact people's names, e-mails and phones. */
    Set<String> identifiers(long prospectId);

    /** Whether the prospect's words were already replaced by the marker. */
    boolean anonymised(long prospectId);

    /**
     * Replaces, in the caller's transaction, the prospect's words with {@link #marker} or nothing, and
     * removes their search terms, keeping every kind, outcome, amount and date (the funnel and the
     * KPIs stay as they were); or only counts when {@code dryRun}. Answers what changed, per table and
     * column, never the words themselves.
     */
    List<Change> anonymise(long prospectId, boolean dryRun);

    /** The highest prospect id there is (0 when none), for walking the prospects in ranges of ids. */
    long highestProspectId();

    /**
     * The prospects with an id from {@code from} (included) to {@code to} (excluded) that were never
     * won nor anonymised and whose last dealing — added or changed, a step taken or an appointment
     * agreed, a call-back promised or due, a web form received, a business case made — came before
     * {@code cutoff}, each with that moment, by id.
     */
    Map<Long, Instant> idleBefore(long from, long to, Instant cutoff);

    /** The neutral text that stands where the prospect's name was. */
    static String marker(long prospectId) {
        return "Prospecto anonimizado " + prospectId;
    }
}
