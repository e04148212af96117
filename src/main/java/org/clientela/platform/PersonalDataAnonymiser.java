package org.clientela.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One module's part of erasing a person by anonymisation (GDPR art. 17): each module that holds
 * personal data replaces, in its own tables, the person's words with a neutral marker or nothing,
 * and keeps every amount, date, product, status and id, so the business's figures stay exactly as
 * they were. The privacy module asks every bean of this type, in one transaction, and never reads
 * another module's tables.
 *
 * <p>Erasure runs in two rounds: first every module tells what identifies the person in its
 * records ({@link #identifiers}), then every module anonymises ({@link #anonymise}), removing those
 * identifiers also where its texts merely quote them (the audit log, saved figures).
 */
public interface PersonalDataAnonymiser {

    /** The module, as the changes are reported. */
    String module();

    /**
     * The values that identify the customer {@code customerId} in this module's records (name,
     * e-mail, phone, tax id, contacts' names…), to be removed wherever another text quotes them.
     */
    default Set<String> identifiers(long customerId) {
        return Set.of();
    }

    /**
     * Anonymises, in the caller's transaction, what this module holds about {@code person}, or only
     * counts it when {@code dryRun}; answers what changed (or would), never the personal data itself.
     */
    List<Change> anonymise(ErasedPerson person, boolean dryRun);

    /**
     * Takes the blocked customer {@code customerId} out of this module's searches and lists, in the
     * caller's transaction, keeping their data (LOPDGDD art. 32: kept only for legal claims).
     */
    default void hide(long customerId) {}

    /**
     * The last day this module dealt with each customer whose id is in {@code [fromId, toId)} and
     * who has a dated record here (an order, a case, the day they were added); a record still open
     * counts as {@code today}. The relationship with a customer ends on the latest of these days,
     * and the retention periods run from there.
     */
    default Map<Long, LocalDate> lastDealings(long fromId, long toId, LocalDate today) {
        return Map.of();
    }

    /** The highest customer id there is, for walking the customers in ranges (the customers module answers). */
    default long highestCustomerId() {
        return 0;
    }

    /**
     * The person being erased.
     *
     * @param customerId  their customer id: the only thing that stays (a pseudonymous id)
     * @param identifiers what identified them, gathered from every module (never written anywhere)
     */
    record ErasedPerson(long customerId, Set<String> identifiers) {

        /** Shortest identifier worth replacing inside other texts: shorter ones are ordinary words. */
        static final int SHORTEST_IDENTIFIER = 4;

        public ErasedPerson {
            identifiers = Set.copyOf(identifiers.stream()
                    .filter(value -> value != null && value.strip().length() >= SHORTEST_IDENTIFIER)
                    .map(String::strip)
                    .toList());
        }

        /** The neutral text that stands where the person's name and words were. */
        public String marker() {
            return marker(customerId);
        }

        /** The neutral text for the customer {@code customerId}. */
        public static String marker(long customerId) {
            return "Cliente anonimizado " + customerId;
        }
    }

    /**
     * What changed (or would change) in one column: {@code rows} rows of {@code table}; a column
     * {@code "*"} means the rows were removed.
     */
    record Change(String module, String table, String column, long rows) {}
}
