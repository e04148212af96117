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
            Object[] row = {
                o.number(),
                o.customerId(),
                o.date(),
                o.channel(),
                o.pointOfSale(),
                o.currency(),
                o.total(),
                o.lines().size(),
                o.fingerprint(),
                now,
                0,
                o.deliveredOn()
            };
            if (ids != null) {
                Object[] withId = new Object[row.length + 1];
                withId[0] = ids[at];
                System.arraycopy(row, 0, withId, 1, row.length);
                row = withId;
            }
            rows.add(row);
            at++;
        }
        return rows;
    }

    /** The lines of these orders (whose ids are {@code ids}, in the same order) as rows of {@link #LINE_COLUMNS}. */
    static List<Object[]> lines(List<OrderDraft> orders, long[] ids, Catalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            int number = 1;
            for (Line line : orders.get(i).lines()) {
                rows.add(new Object[] {
                    ids[i],
                    number++,
                    catalogue.productId(line.sku()),
                    catalogue.categoryId(line.category()),
                    line.description(),
                    line.quantity(),
                    line.amount()
                });
            }
        }
        return rows;
    }
}
