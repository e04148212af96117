package org.clientela.orders.internal;

/** How a list of orders is ordered; every order ends with the id so pages never overlap. */
public enum OrderSort {
    NEWEST("o.order_date DESC, o.id DESC"),
    OLDEST("o.order_date, o.id"),
    LARGEST("o.total_amount DESC, o.id DESC"),
    SMALLEST("o.total_amount, o.id");

    private final String sql;

    OrderSort(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
