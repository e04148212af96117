package org.clientela.orders.internal;

import org.clientela.platform.ListLinks;
import org.clientela.platform.SortColumn;

/**
 * The columns the order list sorts by, in either direction, each read along an index of
 * {@code sales_order} (date, number, amount) that stops after the page.
 */
public enum OrderColumn implements SortColumn {
    DATE("o.order_date %1$s, o.id %1$s"),
    NUMBER("o.order_number %1$s"),
    TOTAL("o.total_amount %1$s, o.id %1$s");

    private final String orderBy;

    OrderColumn(String orderBy) {
        this.orderBy = orderBy;
    }

    @Override
    public String orderBy() {
        return orderBy;
    }

    /** The column a URL names, or {@code null}. */
    public static OrderColumn parse(String text) {
        return SortColumn.parse(OrderColumn.class, text);
    }

    /** The column and direction of one of the older sort names ({@code NEWEST}, {@code LARGEST}...), if it is one. */
    public static Sorted ofLegacy(String text) {
        for (OrderSort sort : OrderSort.values()) {
            if (text != null && sort.name().equalsIgnoreCase(text.strip())) {
                return switch (sort) {
                    case NEWEST -> new Sorted(DATE, ListLinks.Direction.DESC);
                    case OLDEST -> new Sorted(DATE, ListLinks.Direction.ASC);
                    case LARGEST -> new Sorted(TOTAL, ListLinks.Direction.DESC);
                    case SMALLEST -> new Sorted(TOTAL, ListLinks.Direction.ASC);
                };
            }
        }
        return null;
    }

    /** A column and a direction. */
    public record Sorted(OrderColumn column, ListLinks.Direction direction) {

        /** What {@code sort} and {@code dir} of a URL ask for; without a sort, newest first. */
        public static Sorted of(String sort, String dir) {
            OrderColumn column = parse(sort);
            if (column != null) {
                return new Sorted(column, ListLinks.Direction.of(dir));
            }
            Sorted legacy = ofLegacy(sort);
            return legacy != null ? legacy : new Sorted(DATE, ListLinks.Direction.DESC);
        }

        String sql() {
            return column.sql(direction);
        }
    }
}
