package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.ListTotal;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders: a page of a list, or one order with its lines. A page reads only
 * {@code sales_order} (the line count and total are kept on the order), through the index of
 * its filter and sort, and then asks the customers module for the names on that page.
 */
@Service
@Transactional(readOnly = true)
public class OrderBook {

    static final String COLUMNS = """
            o.id, o.order_number, o.order_date, o.customer_id, o.channel, o.point_of_sale, o.line_count,
            o.total_amount, o.currency""";

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    OrderBook(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** One page of the orders the filter covers. */
    public Slice<OrderSummary> list(OrderFilter filter, OrderSort sort, int page, int size) {
        return list(filter, sort.sql(), page, size);
    }

    /** One page of the orders the filter covers, sorted by a column of the list. */
    public Slice<OrderSummary> list(OrderFilter filter, OrderColumn.Sorted sort, int page, int size) {
        return list(filter, sort.sql(), page, size);
    }

    /** How many orders the filter covers, counted up to {@link ListTotal#CAP}. */
    public ListTotal count(OrderFilter filter) {
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM sales_order o" + filter.where()))
                .params(filter.params())
                .query(Long.class)
                .single());
    }

    private Slice<OrderSummary> list(OrderFilter filter, String orderBy, int page, int size) {
        List<OrderSummary> rows = jdbc.sql("SELECT " + COLUMNS + " FROM sales_order o" + filter.where() + " ORDER BY "
                        + orderBy + " LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query(ROW)
                .list();
        return Slice.of(named(rows), page, size);
    }

    /** One order with its lines, in line order. */
    public Optional<OrderDetails> find(long orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sales_order o WHERE o.id = :id")
                .param("id", orderId)
                .query(ROW)
                .optional()
                .map(order -> new OrderDetails(named(List.of(order)).get(0), lines(orderId)));
    }

    private List<OrderDetails.Line> lines(long orderId) {
        return jdbc.sql("""
                        SELECT l.line_number, p.sku, COALESCE(p.name, l.description) AS product, c.name AS category,
                               l.quantity, l.amount
                          FROM order_line l
                          LEFT JOIN product p ON p.id = l.product_id
                          LEFT JOIN product_category c ON c.id = COALESCE(l.category_id, p.category_id)
                         WHERE l.order_id = :id
                         ORDER BY l.line_number""")
                .param("id", orderId)
                .query((rs, n) -> new OrderDetails.Line(
                        rs.getInt("line_number"),
                        rs.getString("sku"),
                        rs.getString("product"),
                        rs.getString("category"),
                        rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    /** The orders with their customers' numbers and names filled in. */
    List<OrderSummary> named(List<OrderSummary> orders) {
        Map<Long, CustomerRef> refs =
                customers.findAll(orders.stream().map(OrderSummary::customerId).toList());
        return orders.stream()
                .map(o -> {
                    CustomerRef ref = refs.get(o.customerId());
                    return ref == null
                            ? o
                            : new OrderSummary(
                                    o.id(),
                                    o.orderNumber(),
                                    o.orderDate(),
                                    o.customerId(),
                                    ref.customerNumber(),
                                    ref.name(),
                                    o.channel(),
                                    o.pointOfSale(),
                                    o.lineCount(),
                                    o.total(),
                                    o.currency());
                })
                .toList();
    }

    /** Maps {@link #COLUMNS}; the customer's number and name are left for {@link #named}. */
    static final RowMapper<OrderSummary> ROW = (rs, n) -> new OrderSummary(
            rs.getLong("id"),
            rs.getString("order_number"),
            rs.getObject("order_date", LocalDate.class),
            rs.getLong("customer_id"),
            null,
            null,
            rs.getString("channel"),
            rs.getString("point_of_sale"),
            rs.getInt("line_count"),
            rs.getBigDecimal("total_amount"),
            rs.getString("currency"));
}
