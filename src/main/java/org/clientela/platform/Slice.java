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
