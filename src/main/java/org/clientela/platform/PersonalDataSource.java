package org.clientela.platform;

import java.util.Set;

/**
 * One kind of record a module holds about a customer, as the personal-data export writes it: one
 * JSON file per kind ({@code orders.json}, {@code order-lines.json}) in the archive a person gets
 * when they ask for everything held about them. Each module offers a bean of this type for every
 * kind of record it owns, from its own internal package, so the export (in the privacy module)
 * knows no business module and never writes a query over their tables.
 * <p>
 * {@link #tables()} names every table whose rows the source writes: a test walks the schema and
 * fails, naming the table, when a table that refers to a person is listed by no source.
 */
public interface PersonalDataSource {

    /** The record type, lower case with hyphens; the archive's file is {@code <recordType>.json}. */
    String recordType();

    /** The tables whose rows this source writes. */
    Set<String> tables();

    /**
     * Writes the customer's records of this type to {@code sink}, row by row: a customer may have a
     * hundred thousand order lines, so a source streams them through
     * {@link PersonalDataSink#rows} rather than reading them into a list.
     */
    void write(long customerId, PersonalDataSink sink);

    /**
     * A source whose records are the rows of one query; {@code sql} names the customer as
     * {@code :customerId} and orders its rows.
     */
    static PersonalDataSource of(String recordType, Set<String> tables, String sql) {
        return new Query(recordType, tables, sql);
    }

    /** The source {@link #of} makes. */
    record Query(String recordType, Set<String> tables, String sql) implements PersonalDataSource {

        public Query {
            tables = Set.copyOf(tables);
        }

        @Override
        public void write(long customerId, PersonalDataSink sink) {
            sink.rows(sql, customerId);
        }
    }
}
