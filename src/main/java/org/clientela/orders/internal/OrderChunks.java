package org.clientela.orders.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.clientela.platform.BulkInsert;
import org.clientela.platform.RowErrors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checked orders of a file written chunk by chunk inside the importing transaction (the path of
 * {@link OrderCsvImport} in one transaction): which orders of a chunk are new, changed or unchanged,
 * their rows of {@code sales_order} and {@code order_line}, and the hand-over of each chunk between
 * the transaction's thread and the encoder's.
 */
final class OrderChunks {

    /**
     * Order numbers per look-up: H2 checks each row an IN list of parameters finds against every
     * parameter in turn, so the lists stay short even though a chunk is longer.
     */
    private static final int LOOKUP = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;
    private final OrderNumberHolders holders;
    private final Clock clock;

    OrderChunks(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk, OrderNumberHolders holders, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
        this.holders = holders;
        this.clock = clock;
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
     *
     * @return how many orders were created, updated and left unchanged
     */
    long[] write(OrderFileReader reader, AtomicLong written, boolean allNew) {
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
        return counts;
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
        BulkInsert.Prepared orders =
                preparer.apply(OrderTableRows.orders(planned.created(), planned.createdIds(), planned.now()));
        List<Object[]> lines = OrderTableRows.lines(planned.created(), planned.createdIds(), catalogue);
        lines.addAll(OrderTableRows.lines(planned.changed(), planned.changedIds(), catalogue));
        return new Encoded(planned, orders, preparer.apply(lines));
    }

    /** Writes the chunk's new orders and the lines of its new and changed orders. */
    private void store(Encoded chunk, Catalogue catalogue, AtomicLong written) {
        Planned planned = chunk.planned();
        if (chunk.orders() != null) {
            bulk.insert("sales_order", OrderTableRows.ORDER_COLUMNS_WITH_ID, chunk.orders());
            bulk.insert("order_line", OrderTableRows.LINE_COLUMNS, chunk.lines());
        } else {
            long[] createdIds = bulk.insertReturningIds(
                    "sales_order",
                    OrderTableRows.ORDER_COLUMNS,
                    OrderTableRows.orders(planned.created(), null, planned.now()));
            List<Object[]> lines = OrderTableRows.lines(planned.created(), createdIds, catalogue);
            lines.addAll(OrderTableRows.lines(planned.changed(), planned.changedIds(), catalogue));
            bulk.insert("order_line", OrderTableRows.LINE_COLUMNS, lines);
        }
        written.addAndGet(planned.lines());
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
