package org.clientela.orders.internal;

import java.util.List;

/**
 * One page of a list and whether another follows. Lists of orders do not count every match (at
 * millions of orders that costs more than the page itself); they look one row ahead.
 */
public record Slice<T>(List<T> items, int page, int size, boolean hasNext) {

    static <T> Slice<T> of(List<T> rowsPlusOne, int page, int size) {
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
