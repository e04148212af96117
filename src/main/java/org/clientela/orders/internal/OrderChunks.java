package org.clientela.orders.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.clientela.orders.internal.OrderRows.Line;
import org.clientela.platform.CsvInput;
import org.clientela.platform.RowErrors;

/**
 * Reads a checked orders file into chunks of whole orders on a thread of its own, a few chunks
 * ahead of the writer: parsing and fingerprinting the next orders overlaps the database work on
 * the current ones. The reader never touches the database.
 */
final class OrderChunks implements AutoCloseable {

    /** Whole orders, and how many rows of the file were read up to the last of them. */
    record Chunk(List<OrderDraft> orders, long rowsRead) {
    }

    private static final Object END = new Object();
    private static final int AHEAD = 3;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;

    OrderChunks(Path file, String defaultCurrency, int ordersPerChunk) {
        reader = new Thread(() -> read(file, defaultCurrency, ordersPerChunk), "order-import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next chunk, or {@code null} after the last one. */
    Chunk next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the orders file", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        if (item instanceof Throwable failure) {
            throw new IllegalStateException("Reading the orders file failed", failure);
        }
        return (Chunk) item;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        queue.clear();
    }

    private void read(Path file, String defaultCurrency, int ordersPerChunk) {
        try (CsvInput csv = CsvInput.open(file, OrderRows.REQUIRED)) {
            OrderRows rows = new OrderRows(csv, defaultCurrency);
            RowErrors ignored = new RowErrors();
            List<OrderDraft> chunk = new ArrayList<>(ordersPerChunk);
            OrderDraft current = null;
            long count = 0;
            for (CsvInput.Row row : csv) {
                Line line = rows.parse(row, ignored);
                if (current == null || !current.number().equals(line.orderNumber())) {
                    if (chunk.size() == ordersPerChunk) {
                        hand(chunk, count);
                        chunk = new ArrayList<>(ordersPerChunk);
                    }
                    current = new OrderDraft(line);
                    chunk.add(current);
                }
                current.add(line);
                count++;
            }
            hand(chunk, count);
            put(END);
        } catch (IOException e) {
            put(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            put(e);
        }
    }

    private void hand(List<OrderDraft> chunk, long rowsRead) {
        chunk.forEach(OrderDraft::fingerprint);
        put(new Chunk(chunk, rowsRead));
    }

    private void put(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
