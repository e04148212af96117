package org.clientela.orders.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.OrderImporter;
import org.clientela.orders.internal.OrderRows.Line;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.CsvInput;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.RowErrors;
import org.clientela.platform.TwoPassImport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Order import, order-level (one row an order, sku and category empty) or line-level (one row an
 * order line; the lines of an order stand together, as every shop system exports them). Two
 * passes like the customer import: check everything, then write everything in one transaction.
 * The order number is the key; an order whose lines are exactly as stored (same fingerprint) is
 * left alone, so re-importing a file changes nothing.
 */
@Service
class OrderCsvImport implements OrderImporter {

    private static final int ROW_CHUNK = 2000;
    private static final int ORDER_CHUNK = 1000;
    private static final List<String> ORDER_COLUMNS = List.of("order_number", "customer_id", "order_date", "channel",
            "point_of_sale", "currency", "total_amount", "line_count", "content_hash", "created_at", "version",
            "delivered_on");
    private static final List<String> LINE_COLUMNS = List.of("order_id", "line_number", "product_id", "category_id",
            "description", "quantity", "amount");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TwoPassImport passes;
    private final CustomerDirectory customers;
    private final BulkInsert bulk;
    private final AuditLog audit;
    private final ClientelaSettings settings;
    private final Clock clock;

    OrderCsvImport(JdbcClient jdbc, JdbcTemplate template, TwoPassImport passes,
            CustomerDirectory customers, BulkInsert bulk, AuditLog audit, ClientelaSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.passes = passes;
        this.customers = customers;
        this.bulk = bulk;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ImportResult importCsv(Path csvFile, ImportProgress progress) {
        return passes.run("Order", csvFile, progress, this::check, this::write, "sales_order", "order_line", "product", "product_category");
    }

    // ---- pass 1 -------------------------------------------------------------------------------

    private long check(Path file, ImportProgress progress) {
        RowErrors errors = new RowErrors();
        Set<String> finishedOrders = new HashSet<>();
        long rows = 0;
        try (CsvInput csv = CsvInput.open(file, OrderRows.REQUIRED)) {
            OrderRows orderRows = new OrderRows(csv, settings.currency().getCurrencyCode());
            Line previous = null;
            long groupStart = 0;
            List<Line> pending = new ArrayList<>(ROW_CHUNK);
            for (CsvInput.Row row : csv) {
                Line line = orderRows.parse(row, errors);
                rows++;
                if (line == null) {
                    continue;
                }
                if (previous != null && previous.orderNumber().equals(line.orderNumber())) {
                    if (!previous.customerNumber().equals(line.customerNumber())) {
                        errors.add(row.line(), "customer_number", "import.order.otherCustomer", line.orderNumber(),
                                previous.customerNumber(), String.valueOf(groupStart));
                    } else if (!previous.date().equals(line.date())) {
                        errors.add(row.line(), "order_date", "import.order.otherDate", line.orderNumber(),
                                previous.date(), String.valueOf(groupStart));
                    } else if (!java.util.Objects.equals(previous.deliveredOn(), line.deliveredOn())) {
                        errors.add(row.line(), "delivered_date", "import.order.otherDeliveredDate",
                                line.orderNumber(), previous.deliveredOn() == null ? "-" : previous.deliveredOn(),
                                String.valueOf(groupStart));
                    }
                } else {
                    if (previous != null) {
                        finishedOrders.add(previous.orderNumber());
                    }
                    if (finishedOrders.contains(line.orderNumber())) {
                        errors.add(row.line(), "order_number", "import.order.notTogether", line.orderNumber());
                    }
                    groupStart = row.line();
                }
                previous = line;
                pending.add(line);
                if (pending.size() == ROW_CHUNK) {
                    checkCustomers(pending, errors);
                    pending.clear();
                    progress.advanced(Phase.CHECKING, rows);
                }
            }
            checkCustomers(pending, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        errors.throwIfAny();
        progress.advanced(Phase.CHECKING, rows);
        return rows;
    }

    private void checkCustomers(List<Line> lines, RowErrors errors) {
        Set<String> numbers = new LinkedHashSet<>();
        lines.forEach(l -> numbers.add(l.customerNumber()));
        Map<String, Long> known = customers.idsByNumber(numbers);
        for (Line line : lines) {
            if (!known.containsKey(line.customerNumber())) {
                errors.add(line.fileLine(), "customer_number", "import.order.unknownCustomer", line.customerNumber());
            }
        }
    }

    // ---- pass 2 -------------------------------------------------------------------------------

    private ImportResult write(Path file, ImportProgress progress) {
        long rows = 0;
        long[] counts = new long[3];
        RowErrors ignored = new RowErrors();
        try (CsvInput csv = CsvInput.open(file, OrderRows.REQUIRED)) {
            OrderRows orderRows = new OrderRows(csv, settings.currency().getCurrencyCode());
            Catalogue catalogue = new Catalogue(jdbc, template);
            List<OrderDraft> chunk = new ArrayList<>(ORDER_CHUNK);
            OrderDraft current = null;
            for (CsvInput.Row row : csv) {
                Line line = orderRows.parse(row, ignored);
                rows++;
                if (current == null || !current.number().equals(line.orderNumber())) {
                    if (chunk.size() == ORDER_CHUNK) {
                        writeChunk(chunk, catalogue, counts);
                        chunk.clear();
                        progress.advanced(Phase.WRITING, rows);
                    }
                    current = new OrderDraft(line);
                    chunk.add(current);
                }
                current.add(line);
            }
            writeChunk(chunk, catalogue, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = new ImportResult(rows, counts[0], counts[1], counts[2]);
        audit.record("ORDERS_IMPORTED", "order", null, "Import of " + file.getFileName() + ": " + rows + " rows, "
                + result.created() + " orders created, " + result.updated() + " updated, " + result.unchanged()
                + " unchanged", null, result);
        return result;
    }

    private void writeChunk(List<OrderDraft> chunk, Catalogue catalogue, long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Long> customerIds = customers.idsByNumber(
                chunk.stream().map(OrderDraft::customerNumber).distinct().toList());
        Map<String, long[]> existing = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        jdbc.sql("SELECT id, order_number, content_hash FROM sales_order WHERE order_number IN (:numbers)")
                .param("numbers", chunk.stream().map(OrderDraft::number).toList())
                .query((rs, n) -> {
                    existing.put(rs.getString(2), new long[] {rs.getLong(1)});
                    hashes.put(rs.getString(2), rs.getString(3));
                    return null;
                })
                .list();
        catalogue.prepare(chunk.stream().flatMap(o -> o.lines().stream()).toList());

        List<OrderDraft> created = new ArrayList<>();
        List<OrderDraft> changed = new ArrayList<>();
        for (OrderDraft order : chunk) {
            String hash = order.fingerprint();
            if (!existing.containsKey(order.number())) {
                created.add(order);
            } else if (hash.equals(hashes.get(order.number()))) {
                counts[2]++;
            } else {
                changed.add(order);
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        bulk.insert("sales_order", ORDER_COLUMNS, created.stream().map(o -> new Object[] {o.number(),
                customerIds.get(o.customerNumber()), Date.valueOf(o.date()), o.channel(), o.pointOfSale(),
                o.currency(), o.total(), o.lines().size(), o.fingerprint(), now, 0,
                o.deliveredOn() == null ? null : Date.valueOf(o.deliveredOn())}).toList());
        template.batchUpdate("""
                UPDATE sales_order SET customer_id = ?, order_date = ?, channel = ?, point_of_sale = ?, currency = ?,
                       total_amount = ?, line_count = ?, content_hash = ?, delivered_on = ?, version = version + 1
                 WHERE id = ?""",
                changed.stream().map(o -> new Object[] {customerIds.get(o.customerNumber()), Date.valueOf(o.date()),
                        o.channel(), o.pointOfSale(), o.currency(), o.total(), o.lines().size(), o.fingerprint(),
                        o.deliveredOn() == null ? null : Date.valueOf(o.deliveredOn()),
                        existing.get(o.number())[0]}).toList());
        template.batchUpdate("DELETE FROM order_line WHERE order_id = ?",
                changed.stream().map(o -> new Object[] {existing.get(o.number())[0]}).toList());
        if (!created.isEmpty()) {
            jdbc.sql("SELECT id, order_number FROM sales_order WHERE order_number IN (:numbers)")
                    .param("numbers", created.stream().map(OrderDraft::number).toList())
                    .query((rs, n) -> existing.put(rs.getString(2), new long[] {rs.getLong(1)}))
                    .list();
        }
        List<Object[]> lines = new ArrayList<>();
        for (List<OrderDraft> group : List.of(created, changed)) {
            for (OrderDraft order : group) {
                long orderId = existing.get(order.number())[0];
                int number = 1;
                for (Line line : order.lines()) {
                    lines.add(new Object[] {orderId, number++, catalogue.productId(line.sku()),
                            catalogue.categoryId(line.category()), line.description(), line.quantity(),
                            line.amount()});
                }
            }
        }
        bulk.insert("order_line", LINE_COLUMNS, lines);
        counts[0] += created.size();
        counts[1] += changed.size();
    }

}
