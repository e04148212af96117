package org.clientela.orders.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.CsvInput;
import org.clientela.platform.DecimalText;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.RowErrors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order import, order-level (one row an order, sku and category empty) or line-level (one row an
 * order line; the lines of an order stand together, as every shop system exports them). Two
 * passes like the customer import: check everything, then write everything in one transaction.
 * The order number is the key; an order whose lines are exactly as stored (same fingerprint) is
 * left alone, so re-importing a file changes nothing.
 */
@Service
class OrderCsvImport implements OrderImporter {

    static final String[] REQUIRED = {"customer_number", "order_number", "order_date", "sku", "category", "quantity",
            "amount"};
    private static final int ROW_CHUNK = 2000;
    private static final int ORDER_CHUNK = 1000;
    private static final List<String> ORDER_COLUMNS = List.of("order_number", "customer_id", "order_date", "channel",
            "point_of_sale", "currency", "total_amount", "line_count", "content_hash", "created_at", "version");
    private static final List<String> LINE_COLUMNS = List.of("order_id", "line_number", "product_id", "category_id",
            "description", "quantity", "amount");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrderCsvImport.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final CustomerDirectory customers;
    private final BulkInsert bulk;
    private final AuditLog audit;
    private final ClientelaSettings settings;
    private final Clock clock;

    OrderCsvImport(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction,
            CustomerDirectory customers, BulkInsert bulk, AuditLog audit, ClientelaSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.customers = customers;
        this.bulk = bulk;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ImportResult importCsv(Path csvFile, ImportProgress progress) {
        long start = System.nanoTime();
        long rows = check(csvFile, progress);
        long checked = System.nanoTime();
        ImportResult result = transaction.execute(status -> {
            bulk.preferIndexesInThisTransaction();
            return write(csvFile, progress);
        });
        bulk.refreshStatistics("sales_order", "order_line", "product", "product_category");
        progress.advanced(Phase.WRITING, rows);
        log.info("Order import: {} rows checked in {} ms, written in {} ms: {}", rows, (checked - start) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000, result);
        return result;
    }

    // ---- pass 1 -------------------------------------------------------------------------------

    private long check(Path file, ImportProgress progress) {
        RowErrors errors = new RowErrors();
        Set<String> finishedOrders = new HashSet<>();
        long rows = 0;
        try (CsvInput csv = CsvInput.open(file, REQUIRED)) {
            Columns columns = new Columns(csv);
            Line previous = null;
            long groupStart = 0;
            List<Line> pending = new ArrayList<>(ROW_CHUNK);
            for (CsvInput.Row row : csv) {
                Line line = parse(row, columns, errors);
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

    private Line parse(CsvInput.Row row, Columns c, RowErrors errors) {
        long at = row.line();
        String customer = required(row.get(c.customer), at, "customer_number", 40, errors);
        String order = required(row.get(c.order), at, "order_number", 64, errors);
        LocalDate date = null;
        String dateText = row.get(c.date);
        if (dateText.isEmpty()) {
            errors.add(at, "order_date", "csv.required", "order_date");
        } else {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                errors.add(at, "order_date", "csv.notDate", "order_date", dateText);
            }
        }
        String sku = optional(row.get(c.sku), at, "sku", 64, errors);
        String category = optional(row.get(c.category), at, "category", 100, errors);
        BigDecimal quantity = BigDecimal.ONE;
        String quantityText = row.get(c.quantity);
        if (!quantityText.isEmpty()) {
            quantity = DecimalText.parse(quantityText);
            if (quantity == null) {
                errors.add(at, "quantity", "csv.notNumber", "quantity", quantityText);
            } else if (quantity.signum() <= 0) {
                errors.add(at, "quantity", "import.order.quantityPositive", quantityText);
                quantity = null;
            } else if (quantity.stripTrailingZeros().scale() > 3) {
                errors.add(at, "quantity", "import.order.quantityDecimals", quantityText);
                quantity = null;
            }
        }
        BigDecimal amount = null;
        String amountText = row.get(c.amount);
        if (amountText.isEmpty()) {
            errors.add(at, "amount", "csv.required", "amount");
        } else {
            amount = DecimalText.parse(amountText);
            if (amount == null) {
                errors.add(at, "amount", "csv.notNumber", "amount", amountText);
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(at, "amount", "csv.tooManyDecimals", "amount", amountText);
                amount = null;
            } else if (amount.abs().compareTo(new BigDecimal("999999999999")) > 0) {
                errors.add(at, "amount", "csv.notNumber", "amount", amountText);
                amount = null;
            }
        }
        String channel = optional(row.get(c.channel), at, "channel", 20, errors);
        String pointOfSale = optional(row.get(c.pointOfSale), at, "point_of_sale", 100, errors);
        String description = optional(row.get(c.description), at, "description", 200, errors);
        String currency = row.get(c.currency).isEmpty() ? settings.currency().getCurrencyCode()
                : row.get(c.currency).toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            errors.add(at, "currency", "import.order.currency", currency);
        }
        if (customer == null || order == null || date == null || quantity == null || amount == null) {
            return null;
        }
        return new Line(at, customer, order, date, sku, category, quantity, amount, channel, pointOfSale,
                description, currency);
    }

    private static String required(String value, long at, String column, int max, RowErrors errors) {
        if (value.isEmpty()) {
            errors.add(at, column, "csv.required", column);
            return null;
        }
        return optional(value, at, column, max, errors);
    }

    private static String optional(String value, long at, String column, int max, RowErrors errors) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(at, column, "csv.tooLong", column, max);
            return null;
        }
        return value;
    }

    // ---- pass 2 -------------------------------------------------------------------------------

    private ImportResult write(Path file, ImportProgress progress) {
        long rows = 0;
        long[] counts = new long[3];
        RowErrors ignored = new RowErrors();
        try (CsvInput csv = CsvInput.open(file, REQUIRED)) {
            Columns columns = new Columns(csv);
            Catalogue catalogue = new Catalogue(jdbc, template);
            List<OrderDraft> chunk = new ArrayList<>(ORDER_CHUNK);
            OrderDraft current = null;
            for (CsvInput.Row row : csv) {
                Line line = parse(row, columns, ignored);
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
                o.currency(), o.total(), o.lines().size(), o.fingerprint(), now, 0}).toList());
        template.batchUpdate("""
                UPDATE sales_order SET customer_id = ?, order_date = ?, channel = ?, point_of_sale = ?, currency = ?,
                       total_amount = ?, line_count = ?, content_hash = ?, version = version + 1
                 WHERE id = ?""",
                changed.stream().map(o -> new Object[] {customerIds.get(o.customerNumber()), Date.valueOf(o.date()),
                        o.channel(), o.pointOfSale(), o.currency(), o.total(), o.lines().size(), o.fingerprint(),
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

    /** Column positions of this file. */
    private static final class Columns {
        final int customer;
        final int order;
        final int date;
        final int sku;
        final int category;
        final int quantity;
        final int amount;
        final Optional<Integer> channel;
        final Optional<Integer> pointOfSale;
        final Optional<Integer> description;
        final Optional<Integer> currency;

        Columns(CsvInput csv) {
            customer = csv.required("customer_number");
            order = csv.required("order_number");
            date = csv.required("order_date");
            sku = csv.required("sku");
            category = csv.required("category");
            quantity = csv.required("quantity");
            amount = csv.required("amount");
            channel = csv.column("channel");
            pointOfSale = csv.column("point_of_sale");
            description = csv.column("description");
            currency = csv.column("currency");
        }
    }

    /** One row of the file, checked. */
    record Line(long fileLine, String customerNumber, String orderNumber, LocalDate date, String sku, String category,
            BigDecimal quantity, BigDecimal amount, String channel, String pointOfSale, String description,
            String currency) {
    }

    /** The lines of one order as the file gives them. */
    private static final class OrderDraft {
        private final Line first;
        private final List<Line> lines = new ArrayList<>(4);

        OrderDraft(Line first) {
            this.first = first;
        }

        void add(Line line) {
            lines.add(line);
        }

        String number() {
            return first.orderNumber();
        }

        String customerNumber() {
            return first.customerNumber();
        }

        LocalDate date() {
            return first.date();
        }

        String channel() {
            return first.channel();
        }

        String pointOfSale() {
            return first.pointOfSale();
        }

        String currency() {
            return first.currency();
        }

        List<Line> lines() {
            return lines;
        }

        BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** SHA-256 of everything the file says about the order. */
        String fingerprint() {
            StringBuilder text = new StringBuilder()
                    .append(customerNumber()).append('|').append(date()).append('|').append(channel()).append('|')
                    .append(pointOfSale()).append('|').append(currency());
            for (Line line : lines) {
                text.append('\n').append(line.sku()).append('|').append(line.category()).append('|')
                        .append(line.quantity().stripTrailingZeros().toPlainString()).append('|')
                        .append(line.amount().stripTrailingZeros().toPlainString()).append('|')
                        .append(line.description());
            }
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
