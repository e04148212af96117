package org.clientela.orders.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.CsvExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders as a line-level CSV file with the order import header and its optional columns
 * (channel, point of sale, description, currency, delivery date), so an export imports back unchanged: one row per order line, oldest order first. An order without lines (imported at order
 * level) is one row with empty sku, category and quantity and the order total as amount. Dates
 * are ISO ({@code 2026-03-31}) and amounts use a decimal point, whatever the reader's language.
 */
@Service
public class OrderExport {

    static final String[] HEADER = {
        "customer_number",
        "order_number",
        "order_date",
        "sku",
        "category",
        "quantity",
        "amount",
        "channel",
        "point_of_sale",
        "description",
        "currency",
        "delivered_date"
    };

    /** Rows held back at most while their customers' numbers are looked up. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    OrderExport(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** Writes every line of the orders the filter covers to {@code out}, as they are read. */
    @Transactional(readOnly = true)
    public void write(OrderFilter filter, OutputStream out) {
        write(filter, null, out);
    }

    /**
     * Writes every line of the orders the filter covers in the order of the list sorted by
     * {@code sort} (oldest first when {@code null}), all its pages.
     */
    @Transactional(readOnly = true)
    public void write(OrderFilter filter, OrderColumn.Sorted sort, OutputStream out) {
        try (CsvExport csv = CsvExport.start(out, HEADER);
                Stream<Line> lines = lines(filter, sort)) {
            List<Line> batch = new ArrayList<>(BATCH);
            lines.forEach(line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    flush(batch, csv);
                }
            });
            flush(batch, csv);
        }
    }

    private Stream<Line> lines(OrderFilter filter, OrderColumn.Sorted sort) {
        return jdbc
                .sql("""
                        SELECT o.customer_id, o.order_number, o.order_date, o.total_amount, l.line_number,
                               p.sku, c.name AS category, l.quantity, l.amount, o.channel, o.point_of_sale,
                               l.description, o.currency, o.delivered_on
                          FROM sales_order o
                          LEFT JOIN order_line l ON l.order_id = o.id
                          LEFT JOIN product p ON p.id = l.product_id
                          LEFT JOIN product_category c ON c.id = COALESCE(l.category_id, p.category_id)"""
                        + filter.where() + " ORDER BY " + (sort == null ? "o.order_date, o.id" : sort.sql() + ", o.id")
                        + ", l.line_number")
                .params(filter.params())
                .query((rs, n) -> {
                    boolean orderLevel = rs.getObject("line_number") == null;
                    return new Line(
                            rs.getLong("customer_id"),
                            rs.getString("order_number"),
                            rs.getObject("order_date", LocalDate.class),
                            rs.getString("sku"),
                            rs.getString("category"),
                            orderLevel ? null : rs.getBigDecimal("quantity"),
                            orderLevel ? rs.getBigDecimal("total_amount") : rs.getBigDecimal("amount"),
                            rs.getString("channel"),
                            rs.getString("point_of_sale"),
                            rs.getString("description"),
                            rs.getString("currency"),
                            rs.getObject("delivered_on", LocalDate.class));
                })
                .stream();
    }

    private void flush(List<Line> batch, CsvExport csv) {
        Map<Long, CustomerRef> refs =
                customers.findAll(batch.stream().map(Line::customerId).toList());
        for (Line line : batch) {
            CustomerRef ref = refs.get(line.customerId());
            csv.row(
                    ref == null ? null : ref.customerNumber(),
                    line.orderNumber(),
                    line.orderDate().toString(),
                    line.sku(),
                    line.category(),
                    plain(line.quantity()),
                    line.amount() == null ? null : line.amount().toPlainString(),
                    line.channel(),
                    line.pointOfSale(),
                    line.description(),
                    line.currency(),
                    line.deliveredOn() == null ? null : line.deliveredOn().toString());
        }
        batch.clear();
    }

    /** {@code 2.000} as {@code 2}, {@code 1.250} as {@code 1.25}; never exponent notation. */
    private static String plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private record Line(
            long customerId,
            String orderNumber,
            LocalDate orderDate,
            String sku,
            String category,
            BigDecimal quantity,
            BigDecimal amount,
            String channel,
            String pointOfSale,
            String description,
            String currency,
            LocalDate deliveredOn) {}
}
