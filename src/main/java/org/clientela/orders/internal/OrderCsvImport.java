package org.clientela.orders.internal;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.OrderImporter;
import org.clientela.orders.internal.OrderRows.Line;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.RowErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order import, order-level (one row an order, sku and category empty) or line-level (one row an
 * order line; the lines of an order stand together, as every shop system exports them). The file
 * is read once: an {@link OrderFileReader} reads and checks it on its own thread while this one
 * writes the orders already checked (their rows put together by a third, see {@link #write}), all
 * in one transaction. A file with any bad row is read to
 * the end for the complete list of bad rows, and the transaction rolls back, so nothing of it is
 * written. The order number is the key; an order whose lines are exactly as stored (same
 * fingerprint) is left alone, so re-importing a file changes nothing, and an order number another
 * customer holds is a bad row ({@link OrderNumberHolders}), never an order moved to another customer.
 *
 * <p>Longer than our 250 lines on purpose, for now: it is one use case, and its parts (the
 * one-transaction and the staged paths, planning a chunk, encoding it on the encoder thread,
 * writing it) hand the same chunk and transaction to each other on three threads. Moving a part out
 * changes what runs where, and the import's speed is only measured by {@code OrderImportBenchmark},
 * outside the suite and on a quiet machine; split it together with such a run (the rows of
 * {@code sales_order} and {@code order_line} as written are the first candidate).
 */
@Service
class OrderCsvImport implements OrderImporter {

    private static final Logger log = LoggerFactory.getLogger(OrderCsvImport.class);
    private static final List<String> ORDER_COLUMNS = List.of(
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
    private static final List<String> ORDER_COLUMNS_WITH_ID =
            Stream.concat(Stream.of("id"), ORDER_COLUMNS.stream()).toList();
    private static final List<String> LINE_COLUMNS =
            List.of("order_id", "line_number", "product_id", "category_id", "description", "quantity", "amount");
    private static final String[] TABLES = {"sales_order", "order_line", "product", "product_category"};
    /**
     * Order numbers per look-up: H2 checks each row an IN list of parameters finds against every
     * parameter in turn, so the lists stay short even though a chunk is longer.
     */
    private static final int LOOKUP = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final CustomerDirectory customers;
    private final BulkInsert bulk;
    private final OrderNumberHolders holders;
    private final AuditLog audit;
    private final BusinessSettings settings;
    private final Clock clock;
    private final long firstLoadMinRows;
    private final LocalDate earliestDate;
    private final StagedOrderImport staged;
    private final long partsMinRows;

    OrderCsvImport(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transaction,
            CustomerDirectory customers,
            BulkInsert bulk,
            AuditLog audit,
            BusinessSettings settings,
            Clock clock,
            @Value("${clientela.import.first-load-min-rows:50000}") long firstLoadMinRows,
            StagedOrderImport staged,
            @Value("${clientela.import.parts-min-rows:50000}") long partsMinRows,
            @Value("${clientela.orders.earliest-date:1900-01-01}") String earliestDate) {
        this.firstLoadMinRows = firstLoadMinRows;
        this.earliestDate = LocalDate.parse(earliestDate);
        this.staged = staged;
        this.partsMinRows = partsMinRows;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.customers = customers;
        this.bulk = bulk;
        this.holders = new OrderNumberHolders(jdbc, customers);
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Progress: first the number of rows the file has (counted from its line breaks, as the rows
     * to check), then the rows written. Reported from the reading thread, outside the importing
     * transaction, so that the import page sees it while the import runs.
     */
    @Override
    public ImportResult importCsv(Path csvFile, ImportProgress progress) {
        long start = System.nanoTime();
        long expected = OrderFileReader.estimateRows(csvFile);
        progress.advanced(Phase.CHECKING, expected);
        AtomicLong writtenLines = new AtomicLong();
        OrderDates dates = new OrderDates(
                earliestDate, LocalDate.now(clock.withZone(settings.timeZone())).plusDays(1));
        OrderFileReader reader = new OrderFileReader(
                csvFile,
                settings.currency().getCurrencyCode(),
                dates,
                customers,
                () -> progress.advanced(Phase.WRITING, writtenLines.get()));
        boolean ownThread = !TransactionSynchronizationManager.isActualTransactionActive();
        if (ownThread && expected >= partsMinRows && bulk.writesInParts()) {
            return importInParts(csvFile, reader, writtenLines, progress, start);
        }
        ImportResult result;
        try {
            result = transaction.execute(status -> {
                bulk.preferIndexesInThisTransaction();
                BulkInsert.DeferredIndexes deferred = expected >= firstLoadMinRows && !hasOrders()
                        ? bulk.deferIndexes("sales_order")
                        : BulkInsert.DeferredIndexes.NONE;
                // asked again now that the table is locked: orders committed in between count
                boolean allNew = deferred.tableLocked() && !hasOrders();
                // all new: no order is looked up by its number or id, so the keys are built at the end too
                BulkInsert.DeferredIndexes keys =
                        allNew ? bulk.deferKeys("sales_order") : BulkInsert.DeferredIndexes.NONE;
                reader.start(ownThread);
                ImportResult written = write(csvFile, reader, writtenLines, allNew);
                if (deferred.tableLocked()) {
                    progress.advanced(Phase.FINISHING, writtenLines.get());
                }
                keys.restore();
                deferred.restore();
                return written;
            });
        } finally {
            reader.stop();
        }
        bulk.refreshStatistics(TABLES);
        progress.advanced(Phase.WRITING, result.rows());
        log.info(
                "Order import: {} rows read, checked and written in {} ms: {}",
                result.rows(),
                (System.nanoTime() - start) / 1_000_000,
                result);
        return result;
    }

    /**
     * The import on H2 ({@link StagedOrderImport}): the checked orders are staged in committed
     * parts while the file is read, then switched in once the whole file is good. On PostgreSQL
     * the one transaction of {@link #importCsv} keeps the file small and fast already.
     */
    private ImportResult importInParts(
            Path file, OrderFileReader reader, AtomicLong writtenLines, ImportProgress progress, long start) {
        long[] counts = new long[3];
        StagedOrderImport.Staging staging = staged.begin();
        boolean switched = false;
        try {
            reader.start(true);
            RowErrors conflicts = new RowErrors();
            for (List<OrderDraft> chunk; (chunk = reader.next()) != null; ) {
                holders.check(chunk, conflicts);
                if (!conflicts.isEmpty()) {
                    continue; // read on for every bad row; the staged parts are discarded below
                }
                staging.stage(chunk, counts, lines -> {
                    writtenLines.set(lines);
                    progress.advanced(Phase.WRITING, lines);
                });
            }
            RowErrors.throwIfAny(reader.errors(), conflicts);
            switched = true;
            long staged = System.nanoTime();
            staging.switchIn(progress);
            log.info(
                    "Order import in parts: {} lines read, checked and staged in {} ms, switched in in {} ms",
                    staging.lines(),
                    (staged - start) / 1_000_000,
                    (System.nanoTime() - staged) / 1_000_000);
        } finally {
            reader.stop();
            if (!switched) {
                staging.discard();
            }
        }
        long rows = reader.rowsRead();
        ImportResult result = new ImportResult(rows, counts[0], counts[1], counts[2]);
        audit.record(
                "ORDERS_IMPORTED",
                "order",
                null,
                "Import of " + file.getFileName() + ": " + rows + " rows, "
                        + result.created() + " orders created, " + result.updated() + " updated, " + result.unchanged()
                        + " unchanged",
                null,
                result,
                file.getFileName().toString(),
                rows,
                result.created(),
                result.updated(),
                result.unchanged());
        bulk.refreshStatistics(TABLES);
        progress.advanced(Phase.WRITING, result.rows());
        log.info(
                "Order import in parts: {} rows read, checked and written in {} ms: {}",
                result.rows(),
                (System.nanoTime() - start) / 1_000_000,
                result);
        return result;
    }

    /**
     * Whether the business has orders yet. A large file into a business without them (the first
     * load of its history) has the orders' secondary indexes built once at the end instead of row
     * by row, and its orders written without looking each up first.
     */
    private boolean hasOrders() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sales_order)")
                .query(Boolean.class)
                .single();
    }

    /**
     * {@code allNew}: the orders table was empty when the import began and nobody else can write
     * to it before this transaction ends, so every order of the file is new (the reader has made
     * sure each order number stands in one place of the file) and none needs looking up.
     *
     * <p>Three threads share the work of a chunk: the reader reads and checks the file ahead; this
     * thread, the transaction's, asks the database what it must (orders already stored, new
     * products, ids for the new orders) and writes; the encoder turns a planned chunk into the text
     * the database takes ({@link BulkInsert#preparer()}) while this thread writes the chunk before.
     * So the database is kept writing instead of waiting for the next chunk to be put together (a
     * sixth faster on PostgreSQL, docs/benchmarks.md). Chunks never share an order, so writing one
     * while planning the next changes nothing.
     */
    private ImportResult write(Path file, OrderFileReader reader, AtomicLong written, boolean allNew) {
        long[] counts = new long[3];
        RowErrors conflicts = new RowErrors();
        Catalogue catalogue = new Catalogue(jdbc, template);
        Function<List<Object[]>, BulkInsert.Prepared> preparer = bulk.preparer();
        ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "order-import-encoder");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Encoded> previous = null;
            for (List<OrderDraft> chunk; (chunk = reader.next()) != null; ) {
                if (!allNew) {
                    holders.check(chunk, conflicts);
                }
                if (!conflicts.isEmpty()) {
                    continue; // read on for every bad row; the rollback takes back what was written
                }
                Planned planned = plan(chunk, catalogue, counts, allNew);
                Future<Encoded> next = encoder.submit(() -> encode(planned, catalogue, preparer));
                if (previous != null) {
                    store(finished(previous), catalogue, written);
                }
                previous = next;
            }
            if (previous != null) {
                store(finished(previous), catalogue, written);
            }
        } finally {
            encoder.shutdownNow();
        }
        RowErrors.throwIfAny(reader.errors(), conflicts);
        long rows = reader.rowsRead();
        ImportResult result = new ImportResult(rows, counts[0], counts[1], counts[2]);
        audit.record(
                "ORDERS_IMPORTED",
                "order",
                null,
                "Import of " + file.getFileName() + ": " + rows + " rows, "
                        + result.created() + " orders created, " + result.updated() + " updated, " + result.unchanged()
                        + " unchanged",
                null,
                result,
                file.getFileName().toString(),
                rows,
                result.created(),
                result.updated(),
                result.unchanged());
        return result;
    }

    /**
     * A chunk as the database already told it: which orders are new (with the ids they will have,
     * where the database hands them out ahead, {@code null} elsewhere), which changed (already
     * rewritten, their old lines deleted; their ids), the moment they were imported and how many
     * lines the chunk has in all (unchanged orders' too: what the progress counts).
     */
    private record Planned(
            List<OrderDraft> created,
            long[] createdIds,
            List<OrderDraft> changed,
            long[] changedIds,
            Timestamp now,
            long lines) {}

    /** A planned chunk with its rows ready to write; {@code null} rows where they are put together as written. */
    private record Encoded(Planned planned, BulkInsert.Prepared orders, BulkInsert.Prepared lines) {}

    /**
     * Finds which orders of the chunk are new, changed or unchanged, makes sure its products exist,
     * takes ids for its new orders and rewrites its changed orders, dropping their old lines.
     */
    private Planned plan(List<OrderDraft> chunk, Catalogue catalogue, long[] counts, boolean allNew) {
        Map<String, Long> existing = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        if (!allNew) {
            List<String> numbers = chunk.stream().map(OrderDraft::number).toList();
            for (int from = 0; from < numbers.size(); from += LOOKUP) {
                jdbc.sql("SELECT id, order_number, content_hash FROM sales_order WHERE order_number IN (:numbers)")
                        .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + LOOKUP)))
                        .query((rs, n) -> {
                            existing.put(rs.getString(2), rs.getLong(1));
                            hashes.put(rs.getString(2), rs.getString(3));
                            return null;
                        })
                        .list();
            }
        }
        catalogue.prepare(chunk.stream().flatMap(o -> o.lines().stream()).toList());

        List<OrderDraft> created = new ArrayList<>();
        List<OrderDraft> changed = new ArrayList<>();
        for (OrderDraft order : chunk) {
            if (!existing.containsKey(order.number())) {
                created.add(order);
            } else if (order.fingerprint().equals(hashes.get(order.number()))) {
                counts[2]++;
            } else {
                changed.add(order);
            }
        }
        long[] changedIds =
                changed.stream().mapToLong(o -> existing.get(o.number())).toArray();
        if (!changed.isEmpty()) {
            template.batchUpdate(
                    """
                    UPDATE sales_order SET customer_id = ?, order_date = ?, channel = ?, point_of_sale = ?, currency = ?,
                           total_amount = ?, line_count = ?, content_hash = ?, delivered_on = ?, version = version + 1
                     WHERE id = ?""",
                    changed.stream()
                            .map(o -> new Object[] {
                                o.customerId(),
                                Date.valueOf(o.date()),
                                o.channel(),
                                o.pointOfSale(),
                                o.currency(),
                                o.total(),
                                o.lines().size(),
                                o.fingerprint(),
                                o.deliveredOn() == null ? null : Date.valueOf(o.deliveredOn()),
                                existing.get(o.number())
                            })
                            .toList());
            template.batchUpdate(
                    "DELETE FROM order_line WHERE order_id = ?",
                    Arrays.stream(changedIds).mapToObj(id -> new Object[] {id}).toList());
        }
        counts[0] += created.size();
        counts[1] += changed.size();
        return new Planned(
                created,
                bulk.idsAhead("sales_order", created.size()),
                changed,
                changedIds,
                Timestamp.from(clock.instant()),
                chunk.stream().mapToLong(o -> o.lines().size()).sum());
    }

    /** The rows of a planned chunk, ready to write, where the new orders' ids are known ahead. */
    private static Encoded encode(
            Planned planned, Catalogue catalogue, Function<List<Object[]>, BulkInsert.Prepared> preparer) {
        if (planned.createdIds() == null) {
            return new Encoded(planned, null, null);
        }
        BulkInsert.Prepared orders = preparer.apply(orderRows(planned.created(), planned.createdIds(), planned.now()));
        List<Object[]> lines = lineRows(planned.created(), planned.createdIds(), catalogue);
        lines.addAll(lineRows(planned.changed(), planned.changedIds(), catalogue));
        return new Encoded(planned, orders, preparer.apply(lines));
    }

    /** Writes the chunk's new orders and the lines of its new and changed orders. */
    private void store(Encoded chunk, Catalogue catalogue, AtomicLong written) {
        Planned planned = chunk.planned();
        if (chunk.orders() != null) {
            bulk.insert("sales_order", ORDER_COLUMNS_WITH_ID, chunk.orders());
            bulk.insert("order_line", LINE_COLUMNS, chunk.lines());
        } else {
            long[] createdIds = bulk.insertReturningIds(
                    "sales_order", ORDER_COLUMNS, orderRows(planned.created(), null, planned.now()));
            List<Object[]> lines = lineRows(planned.created(), createdIds, catalogue);
            lines.addAll(lineRows(planned.changed(), planned.changedIds(), catalogue));
            bulk.insert("order_line", LINE_COLUMNS, lines);
        }
        written.addAndGet(planned.lines());
    }

    /** The orders as rows of {@link #ORDER_COLUMNS}, each led by its id when {@code ids} are given. */
    private static List<Object[]> orderRows(List<OrderDraft> orders, long[] ids, Timestamp now) {
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
    private static List<Object[]> lineRows(List<OrderDraft> orders, long[] ids, Catalogue catalogue) {
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

    /** The encoder's result, its failure rethrown as it was. */
    private static Encoded finished(Future<Encoded> encoding) {
        try {
            return encoding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing orders", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
