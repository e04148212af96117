package org.clientela.orders.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order import's writing on the embedded H2 database, in committed parts that nobody sees
 * before the whole file has been checked. H2 keeps every page an open transaction has changed
 * (a 2,000,000-line file written in one transaction grew its file to 9.4 GB for about 100 MB of
 * data), so here each part of {@code clientela.import.part-orders} orders is committed on its own
 * into the staging tables {@code order_import_order} / {@code order_import_line}, which no reader
 * looks at. Once the whole file is read and found good, the import is marked {@code SWITCHING}
 * and each part is moved into {@code sales_order} / {@code order_line} in a transaction of its
 * own that also deletes it from the staging tables and records it as switched
 * ({@code order_import.switched}); a part whose orders were all new is inserted, the others
 * merged. A bad row, or a process that dies before the switch, leaves only staging rows, cleared
 * at once or at the next start (with {@code TRUNCATE}); a process that dies during the switch has
 * its switch resumed from the first part not switched at the next start (every part was checked
 * already), so an import ends
 * whole or not at all. While it is written, {@code RETENTION_TIME} is 0, so H2
 * reuses the space of the pages each commit frees instead of keeping them for 45 s.
 *
 * <p>Long because staging, switching part by part and resuming
 * after a crash are one protocol over the same staging tables and lock, and reading it in one place
 * is how one checks that an import ends whole or not at all. Split it only together with a run of
 * {@code OrderImportBenchmark} (outside the suite), which is what tells whether it stayed as fast.
 */
@Component
class StagedOrderImport {

    private static final Logger log = LoggerFactory.getLogger(StagedOrderImport.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int partOrders;
    /** Held while an import begins and while the staging is truncated. */
    private final Object truncating = new Object();

    StagedOrderImport(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${clientela.import.part-orders:5000}") int partOrders) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.clock = clock;
        this.partOrders = Math.max(1, partOrders);
    }

    /** One import being staged. */
    final class Staging {
        private final long id;
        private final Catalogue catalogue;
        private int parts;
        private long lines;
        /** The parts that hold an order to write (a part of unchanged orders has none). */
        private final BitSet filled = new BitSet();
        /** The parts that hold an order stored before the import (rewritten, not inserted). */
        private final BitSet replacing = new BitSet();

        private Staging(long id, Catalogue catalogue) {
            this.id = id;
            this.catalogue = catalogue;
        }

        /**
         * Stages a checked chunk in parts of {@code clientela.import.part-orders} orders, each
         * committed on its own; counts its orders as created, updated (changed) or unchanged in
         * {@code counts}, as they stand now; tells {@code staged} the lines staged so far after each part.
         */
        void stage(List<OrderDraft> chunk, long[] counts, LongConsumer staged) {
            for (int from = 0; from < chunk.size(); from += partOrders) {
                List<OrderDraft> part = chunk.subList(from, Math.min(chunk.size(), from + partOrders));
                transaction.executeWithoutResult(status -> stagePart(part, counts));
                staged.accept(lines);
            }
        }

        private void stagePart(List<OrderDraft> part, long[] counts) {
            Map<String, String> hashes = new HashMap<>();
            List<String> numbers = part.stream().map(OrderDraft::number).toList();
            for (int from = 0; from < numbers.size(); from += 1000) {
                jdbc.sql("SELECT order_number, content_hash FROM sales_order WHERE order_number IN (:numbers)")
                        .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
                        .query((rs, n) -> hashes.put(rs.getString(1), rs.getString(2)))
                        .list();
            }
            catalogue.prepare(part.stream().flatMap(o -> o.lines().stream()).toList());
            Timestamp now = Timestamp.from(clock.instant());
            List<Object[]> orders = new ArrayList<>();
            List<Object[]> lineRows = new ArrayList<>();
            for (OrderDraft o : part) {
                boolean stored = hashes.containsKey(o.number());
                if (stored && o.fingerprint().equals(hashes.get(o.number()))) {
                    counts[2]++;
                    continue;
                }
                counts[stored ? 1 : 0]++;
                filled.set(parts);
                if (stored) {
                    replacing.set(parts);
                }
                orders.add(OrderTableRows.joined(
                        new Object[] {id, parts},
                        OrderTableRows.joined(OrderTableRows.facts(o), new Object[] {o.deliveredOn(), now, stored})));
                OrderTableRows.addLines(lineRows, o, catalogue, id, parts, o.number());
            }
            template.batchUpdate("""
                    INSERT INTO order_import_order (import_id, part, order_number, customer_id, order_date, channel,
                           point_of_sale, currency, total_amount, line_count, content_hash, delivered_on, created_at,
                           replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orders);
            template.batchUpdate("""
                    INSERT INTO order_import_line (import_id, part, order_number, line_number, product_id, category_id,
                           description, quantity, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lineRows);
            jdbc.sql("UPDATE order_import SET parts = :parts WHERE id = :id")
                    .param("parts", parts + 1)
                    .param("id", id)
                    .update();
            parts++;
            lines += part.stream().mapToLong(o -> o.lines().size()).sum();
        }

        /** Switches every staged part in: from here on the import ends whole, at the next start if need be. */
        void switchIn(ImportProgress progress) {
            jdbc.sql("UPDATE order_import SET state = 'SWITCHING' WHERE id = :id")
                    .param("id", id)
                    .update();
            // H2 writes commits to its file up to half a second later (WRITE_DELAY), and a killed
            // process loses them: the point of no return is on disk before anyone is told of it
            template.execute("CHECKPOINT");
            progress.advanced(Phase.SWITCHING, 0);
            finish(id, filled, replacing, progress);
        }

        /** Deletes what was staged (a bad row was found, or the writing failed). */
        void discard() {
            StagedOrderImport.this.discard(id);
        }

        long lines() {
            return lines;
        }
    }

    /** Starts staging an import, committed at once so that a crash leaves a trace to clean up. */
    Staging begin() {
        Integer retention = jdbc.sql("SELECT CAST(setting_value AS INTEGER) FROM information_schema.settings"
                        + " WHERE setting_name = 'RETENTION_TIME'")
                .query(Integer.class)
                .optional()
                .orElse(null);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        synchronized (truncating) {
            jdbc.sql("INSERT INTO order_import (state, retention_time, started_at)"
                            + " VALUES ('STAGING', :retention, :now)")
                    .param("retention", retention)
                    .param("now", Timestamp.from(clock.instant()))
                    .update(key, "id");
        }
        template.execute("SET RETENTION_TIME 0");
        // H2 loses the last half second of commits on kill -9: on disk now are this import's row (so a
        // crash leaves what recover() needs, the retention time to put back included) and its job's.
        template.execute("CHECKPOINT");
        return new Staging(key.getKey().longValue(), new Catalogue(jdbc, template));
    }

    /**
     * At start-up, before any import can begin: finishes every switch a dead process began and
     * deletes everything else left in the staging tables. On PostgreSQL they are always empty.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void recover() {
        List<Object[]> left = jdbc.sql("SELECT id, state FROM order_import ORDER BY id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        for (Object[] imp : left) {
            long id = (Long) imp[0];
            if ("SWITCHING".equals(imp[1])) {
                log.warn(
                        "Order import {} was stopped while its checked orders were being switched in: finishing it",
                        id);
                BitSet filled = new BitSet();
                BitSet replacing = new BitSet();
                jdbc.sql("""
                        SELECT part, MAX(CASE WHEN replaces THEN 1 ELSE 0 END) FROM order_import_order
                         WHERE import_id = :id GROUP BY part""")
                        .param("id", id)
                        .query((rs, n) -> {
                            filled.set(rs.getInt(1));
                            replacing.set(rs.getInt(1), rs.getInt(2) == 1);
                            return null;
                        })
                        .list();
                finish(id, filled, replacing, ImportProgress.NONE);
            } else {
                log.warn("Order import {} was stopped before its file was checked: deleting what it had staged", id);
                discard(id);
            }
        }
    }

    /**
     * Moves the staged parts of import {@code id} in from the first one not switched yet, one
     * committed transaction a part that also records the part as switched, then clears the
     * staging and ends the import. {@code filled}: the parts that hold orders to write;
     * {@code replacing}: those of them that hold orders stored before the import.
     */
    private void finish(long id, BitSet filled, BitSet replacing, ImportProgress progress) {
        int from = jdbc.sql("SELECT switched FROM order_import WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        long switched = 0;
        for (int part = filled.nextSetBit(from); part >= 0; part = filled.nextSetBit(part + 1)) {
            int p = part;
            boolean merge = replacing.get(p);
            Integer lines;
            try {
                lines = transaction.execute(status -> switchPart(id, p, merge));
            } catch (DuplicateKeyException storedMeanwhile) {
                // an order number of the part was stored by someone else since it was checked
                lines = transaction.execute(status -> switchPart(id, p, true));
            }
            switched += lines;
            progress.advanced(Phase.SWITCHING, switched);
        }
        clear(id);
        end(id);
    }

    /**
     * Moves one part in, deletes it from the staging and records it as switched; returns its number of lines. A part whose
     * orders were all new when checked ({@code merge} false) is inserted, without looking for
     * each order among those stored and without deleting old lines.
     */
    private int switchPart(long id, int part, boolean merge) {
        if (merge) {
            jdbc.sql("""
                    MERGE INTO sales_order t
                    USING (SELECT * FROM order_import_order WHERE import_id = :id AND part = :part) s
                       ON t.order_number = s.order_number
                     WHEN MATCHED THEN UPDATE SET customer_id = s.customer_id, order_date = s.order_date,
                          channel = s.channel, point_of_sale = s.point_of_sale, currency = s.currency,
                          total_amount = s.total_amount, line_count = s.line_count, content_hash = s.content_hash,
                          delivered_on = s.delivered_on, version = t.version + 1
                     WHEN NOT MATCHED THEN INSERT (order_number, customer_id, order_date, channel, point_of_sale,
                          currency, total_amount, line_count, content_hash, created_at, version, delivered_on)
                          VALUES (s.order_number, s.customer_id, s.order_date, s.channel, s.point_of_sale, s.currency,
                          s.total_amount, s.line_count, s.content_hash, s.created_at, 0, s.delivered_on)""").param("id", id).param("part", part).update();
            jdbc.sql("""
                    DELETE FROM order_line WHERE order_id IN (SELECT t.id FROM order_import_order s
                      JOIN sales_order t ON t.order_number = s.order_number
                     WHERE s.import_id = :id AND s.part = :part AND s.replaces)""").param("id", id).param("part", part).update();
        } else {
            jdbc.sql("""
                    INSERT INTO sales_order (order_number, customer_id, order_date, channel, point_of_sale, currency,
                           total_amount, line_count, content_hash, created_at, version, delivered_on)
                    SELECT order_number, customer_id, order_date, channel, point_of_sale, currency, total_amount,
                           line_count, content_hash, created_at, 0, delivered_on
                      FROM order_import_order WHERE import_id = :id AND part = :part""").param("id", id).param("part", part).update();
        }
        int lines = jdbc.sql("""
                INSERT INTO order_line (order_id, line_number, product_id, category_id, description, quantity, amount)
                SELECT t.id, l.line_number, l.product_id, l.category_id, l.description, l.quantity, l.amount
                  FROM order_import_line l JOIN sales_order t ON t.order_number = l.order_number
                 WHERE l.import_id = :id AND l.part = :part""").param("id", id).param("part", part).update();
        // freed part by part, so that H2 reuses the staging's space for what is switched in: kept until
        // the end (cleared by TRUNCATE), the switch was a little faster but the file's peak more than
        // doubled (docs/benchmarks.md)
        jdbc.sql("DELETE FROM order_import_line WHERE import_id = :id AND part = :part")
                .param("id", id)
                .param("part", part)
                .update();
        jdbc.sql("DELETE FROM order_import_order WHERE import_id = :id AND part = :part")
                .param("id", id)
                .param("part", part)
                .update();
        jdbc.sql("UPDATE order_import SET switched = :switched WHERE id = :id")
                .param("switched", part + 1)
                .param("id", id)
                .update();
        return lines;
    }

    /** Deletes import {@code id}'s staged rows and ends it. */
    private void discard(long id) {
        clear(id);
        end(id);
    }

    /**
     * Deletes import {@code id}'s staged rows: with {@code TRUNCATE} when no other import has any
     * (nearly always), which drops the tables' pages at once
     * instead of writing a deletion for every row; else a committed part at a time. Done before
     * the import's row goes, so that a crash in between leaves a trace the next start clears.
     */
    private void clear(long id) {
        // no import can begin between the look and the TRUNCATE (imports can run side by side)
        synchronized (truncating) {
            boolean others = jdbc.sql("SELECT EXISTS (SELECT 1 FROM order_import WHERE id <> :id)")
                    .param("id", id)
                    .query(Boolean.class)
                    .single();
            if (!others) {
                template.execute("TRUNCATE TABLE order_import_line");
                template.execute("TRUNCATE TABLE order_import_order");
                return;
            }
        }
        int parts = jdbc.sql("SELECT parts FROM order_import WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional()
                .orElse(0);
        // a part's count is committed with its rows
        for (int part = 0; part < parts; part++) {
            int p = part;
            transaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM order_import_line WHERE import_id = :id AND part = :part")
                        .param("id", id)
                        .param("part", p)
                        .update();
                jdbc.sql("DELETE FROM order_import_order WHERE import_id = :id AND part = :part")
                        .param("id", id)
                        .param("part", p)
                        .update();
            });
        }
    }

    /** Forgets import {@code id} and gives H2 back the retention time it had before. */
    private void end(long id) {
        Integer retention = jdbc.sql("SELECT retention_time FROM order_import WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional()
                .orElse(null);
        jdbc.sql("DELETE FROM order_import WHERE id = :id").param("id", id).update();
        boolean othersLeft = jdbc.sql("SELECT EXISTS (SELECT 1 FROM order_import)")
                .query(Boolean.class)
                .single();
        if (retention != null && !othersLeft) {
            template.execute("SET RETENTION_TIME " + retention);
        }
    }
}
