package org.clientela.backups.internal;

import java.util.List;
import java.util.Set;

/**
 * A table as the database describes it: its columns in order, its primary key (the order its rows
 * are dumped in, so that the same data always gives the same bytes) and the tables its foreign keys
 * point at.
 */
record TableShape(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

    /** A column; {@code identity} when the database numbers it (its counter is reset after a restore). */
    record Column(String name, PortableType type, int sqlType, boolean identity) {}

    TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        parents = Set.copyOf(parents);
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
