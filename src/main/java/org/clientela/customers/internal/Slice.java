package org.clientela.customers.internal;

import java.util.List;

/**
 * One page of a list, and whether another follows. Searches do not count every match (at a
 * million customers that costs more than the page itself); they only look one row ahead.
 */
public record Slice<T>(List<T> items, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public int firstRow() {
        return page * size + 1;
    }

    public int lastRow() {
        return page * size + items.size();
    }
}
