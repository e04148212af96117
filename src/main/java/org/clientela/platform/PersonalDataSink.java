package org.clientela.platform;

/**
 * Where a {@link PersonalDataSource} writes a customer's records: each record becomes one JSON
 * object, its columns as names, in the file of the source's record type. The sink reads the rows
 * a few hundred at a time inside one read-only transaction, so every file of an export shows the
 * same moment and no export holds a long history in memory.
 */
public interface PersonalDataSink {

    /**
     * Writes every row of {@code sql} as a record: its column labels (lower case) as names and its
     * values as JSON numbers, booleans, strings (texts, dates and moments in ISO 8601) or null.
     * {@code sql} names the customer as {@code :customerId}.
     */
    void rows(String sql, long customerId);
}
