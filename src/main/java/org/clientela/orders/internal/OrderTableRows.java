package org.clientela.orders.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clientela.orders.internal.OrderRows.Line;

/** Checked orders as the rows of {@code sales_order} and {@code order_line} the order import writes. */
final class OrderTableRows {

    static final List<String> ORDER_COLUMNS = List.of(
            "order_number",
            "customer_id",
            "order_date",
            "channel",
            "point_of_sale",
            "currency",
            "total_amount",
            "line_count",
            "content_hash",
            "created_at",
            "version",
            "delivered_on");
    static final List<String> ORDER_COLUMNS_WITH_ID =
            Stream.concat(Stream.of("id"), ORDER_COLUMNS.stream()).toList();
    static final List<String> LINE_COLUMNS =
            List.of("order_id", "line_number", "product_id", "category_id", "description", "quantity", "amount");

    private OrderTableRows() {}

    /** The orders as rows of {@link #ORDER_COLUMNS}, each led by its id when {@code ids} are given. */
    static List<Object[]> orders(List<OrderDraft> orders, long[] ids, Timestamp now) {
        List<Object[]> rows = new ArrayList<>(orders.size());
        int at = 0;
        for (OrderDraft o : orders) {
            Object[] row = joined(facts(o), new Object[] {now, 0, o.deliveredOn()});
            rows.add(ids == null ? row : joined(new Object[] {ids[at]}, row));
            at++;
        }
        return rows;
    }

    /** The lines of these orders (whose ids are {@code ids}, in the same order) as rows of {@link #LINE_COLUMNS}. */
    static List<Object[]> lines(List<OrderDraft> orders, long[] ids, Catalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            addLines(rows, orders.get(i), catalogue, ids[i]);
        }
        return rows;
    }

    /**
     * What an order says of itself, in the order of {@link #ORDER_COLUMNS}: number, customer, date,
     * channel, point of sale, currency, total, line count and content hash. The import's stage table
     * keeps the same facts in the same order.
     */
    static Object[] facts(OrderDraft o) {
        return new Object[] {
            o.number(),
            o.customerId(),
            o.date(),
            o.channel(),
            o.pointOfSale(),
            o.currency(),
            o.total(),
            o.lines().size(),
            o.fingerprint()
        };
    }

    /**
     * Adds the lines of {@code order} to {@code rows}, numbered from 1, each led by {@code lead} (the
     * columns that say whose line it is): line number, product, category, description, quantity, amount.
     */
    static void addLines(List<Object[]> rows, OrderDraft order, Catalogue catalogue, Object... lead) {
        int number = 1;
        for (Line line : order.lines()) {
            rows.add(joined(lead, new Object[] {
                number++,
                catalogue.productId(line.sku()),
                catalogue.categoryId(line.category()),
                line.description(),
                line.quantity(),
                line.amount()
            }));
        }
    }

    static Object[] joined(Object[] first, Object[] then) {
        Object[] row = new Object[first.length + then.length];
        System.arraycopy(first, 0, row, 0, first.length);
        System.arraycopy(then, 0, row, first.length, then.length);
        return row;
    }
}
