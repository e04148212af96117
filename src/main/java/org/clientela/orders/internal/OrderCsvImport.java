package org.clientela.orders.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.OrderImporter;
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
 * writes the orders already checked (their rows put together by a third, see {@link OrderChunks}),
 * all in one transaction. A file with any bad row is read to the end for the complete list of bad rows, and the transaction rolls back, so nothing of it is
 * written. The order number is the key; an order whose lines are exactly as stored (same
 * fingerprint) is left alone, so re-importing a file changes nothing, and an order number another
 * customer holds is a bad row ({@link OrderNumberHolders}), never an order moved to another customer.
 *
 * <p>On H2 a large file is written in committed parts instead ({@link StagedOrderImport}).
 */
@Service
class OrderCsvImport implements OrderImporter {

    private static final Logger log = LoggerFactory.getLogger(OrderCsvImport.class);
    private static final String[] TABLES = {"sales_order", "order_line", "product", "product_category"};

    private final JdbcClient jdbc;
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
    private final OrderChunks chunks;

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
        this.transaction = transaction;
        this.customers = customers;
        this.bulk = bulk;
        this.holders = new OrderNumberHolders(jdbc, customers);
        this.chunks = new OrderChunks(jdbc, template, bulk, holders, clock);
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
                long[] counts = chunks.write(reader, writtenLines, allNew);
                ImportResult written = audited(csvFile, reader.rowsRead(), counts);
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
        ImportResult result = audited(file, reader.rowsRead(), counts);
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

    /** The import's result, written to the audit log. */
    private ImportResult audited(Path file, long rows, long[] counts) {
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
}
