package org.clientela.platform;

import java.util.List;

/**
 * One page of a list, and whether another follows. Lists do not count every match (at a million
 * customers or millions of orders that costs more than the page itself); they read one row more
 * than the page and so know whether a next page exists.
 */
public record Slice<T>(List<T> items, int page, int size, boolean hasNext) {

    /** The page from a query that asked for {@code size + 1} rows. */
    public static <T> Slice<T> of(List<T> rowsPlusOne, int page, int size) {
        boolean hasNext = rowsPlusOne.size() > size;
        return new Slice<>(hasNext ? List.copyOf(rowsPlusOne.subList(0, size)) : rowsPlusOne, page, size, hasNext);
    }

    /**
     * {@code LIMIT size + 1 OFFSET page * size} for the query behind page {@code page}, the numbers
     * written into the SQL rather than passed as parameters. PostgreSQL cannot cost a plan whose
     * LIMIT is a parameter: it then plans such a statement anew on every execution, which cost the
     * customer search half a millisecond of the database's CPU a call, as much as running it. With
     * the numbers written in, a prepared statement keeps one plan (one statement per page and size).
     */
    public static String limitFor(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        return " LIMIT " + (size + 1) + " OFFSET " + (long) page * size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public long firstRow() {
        return (long) page * size + 1;
    }

    public long lastRow() {
        return (long) page * size + items.size();
    }
}
