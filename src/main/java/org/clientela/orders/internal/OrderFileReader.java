package org.clientela.orders.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.internal.OrderRows.Line;
import org.clientela.platform.CsvInput;
import org.clientela.platform.RowErrors;

/**
 * Reads and checks an orders file on its own thread, handing the orders over in chunks while the
 * importing transaction writes the chunks before: reading, checking and computing fingerprints on
 * one core while the database writes on the other. It checks every row as the import always did
 * (each field, the lines of an order together with one customer and one date, the customer known)
 * and keeps checking to the end after a bad row, so that the person gets every bad row; from the
 * first bad row on it hands nothing more over, and the import rolls back what it wrote.
 * Customers are looked up here, outside the importing transaction, as the checking pass always did.
 *
 * <p>Long because the reading thread and its hand-over of chunks are one mechanism (the row checks
 * live in {@link OrderRows}, {@link OrderDates} and {@link OrderDraft} already), whose cost per row
 * is what the import benchmark measures ({@code OrderImportBenchmark}, outside the suite). Split it
 * together with such a run.
 */
final class OrderFileReader implements Runnable {

    /**
     * Orders per chunk handed over, each written with one COPY of orders and one of lines. Every
     * statement costs PostgreSQL a fixed amount on top of its rows (setting up the COPY, firing the
     * foreign key checks of its rows as one batch at its end): 5,000 orders a chunk cost a quarter
     * less than 1,000, and 20,000 no less than 5,000 (docs/benchmarks.md).
     */
    static final int ORDER_CHUNK = 5000;

    private static final List<OrderDraft> END = List.of();

    private final Path file;
    private final String currency;
    private final OrderDates dates;
    private final CustomerDirectory customers;
    private final Runnable progress;
    private final BlockingQueue<List<OrderDraft>> chunks = new ArrayBlockingQueue<>(4);
    private final RowErrors errors = new RowErrors();
    private volatile boolean stopped;
    private volatile RuntimeException failure;
    private volatile long rowsRead;
    private Thread thread;
    private CsvInput csv;
    private Iterator<CsvInput.Row> rowsLeft;
    private OrderRows orderRows;
    private final Set<String> finishedOrders = new HashSet<>();
    private Line previous;
    private long groupStart;
    private OrderDraft current;
    private List<OrderDraft> pending = new ArrayList<>(ORDER_CHUNK);

    /** {@code progress} is run on the reading thread after each chunk, to report how far the import has come. */
    OrderFileReader(Path file, String currency, OrderDates dates, CustomerDirectory customers, Runnable progress) {
        this.file = file;
        this.currency = currency;
        this.dates = dates;
        this.customers = customers;
        this.progress = progress;
    }

    /**
     * Starts reading on a thread of its own, or, when {@code ownThread} is false, lets
     * {@link #next()} read on the caller's thread: a caller that imports customers and orders in
     * one transaction of its own (the demo load) needs its uncommitted customers found.
     */
    void start(boolean ownThread) {
        if (ownThread) {
            thread = new Thread(this, "order-import-reader");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * The next chunk of checked orders, or {@code null} once the file is read. After {@code null},
     * {@link #errors()} holds every bad row of the file.
     */
    List<OrderDraft> next() {
        if (thread == null) {
            try {
                List<OrderDraft> chunk;
                while ((chunk = nextChunk()) != null && !errors.isEmpty()) {
                    // a bad row: read on for the other bad rows, write nothing more
                }
                if (chunk == null) {
                    close();
                }
                return chunk;
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
        try {
            List<OrderDraft> chunk = chunks.take();
            if (chunk == END) {
                thread.join();
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing orders", e);
        }
    }

    RowErrors errors() {
        return errors;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Stops the reading (when the writing failed) and waits for the thread to end. */
    void stop() {
        stopped = true;
        if (thread == null) {
            close();
        } else {
            chunks.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The number of data rows the file probably has (its line breaks less the header), counted
     * without parsing: what the progress of a large import counts towards. A field with a line
     * break inside quotes makes it a little high.
     */
    static long estimateRows(Path file) {
        long breaks = 0;
        boolean endsWithBreak = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        breaks++;
                    }
                }
                endsWithBreak = buffer[n - 1] == '\n';
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Math.max(0, breaks - (endsWithBreak ? 1 : 0));
    }

    @Override
    public void run() {
        try {
            for (List<OrderDraft> chunk; !stopped && (chunk = nextChunk()) != null; ) {
                if (errors.isEmpty()) {
                    putQuietly(chunk);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            close();
            if (stopped) {
                chunks.clear();
            }
            putQuietly(END);
        }
    }

    /** Reads the next chunk of orders, checked, or returns {@code null} at the end of the file. */
    private List<OrderDraft> nextChunk() {
        if (rowsLeft == null) {
            open();
        }
        while (rowsLeft.hasNext()) {
            CsvInput.Row row = rowsLeft.next();
            Line line = orderRows.parse(row, errors);
            rowsRead++;
            if (line == null) {
                continue;
            }
            if (previous != null && previous.orderNumber().equals(line.orderNumber())) {
                if (!previous.customerNumber().equals(line.customerNumber())) {
                    errors.add(
                            row.line(),
                            "customer_number",
                            "orders.import.otherCustomer",
                            line.orderNumber(),
                            previous.customerNumber(),
                            String.valueOf(groupStart));
                } else if (!previous.date().equals(line.date())) {
                    errors.add(
                            row.line(),
                            "order_date",
                            "orders.import.otherDate",
                            line.orderNumber(),
                            previous.date(),
                            String.valueOf(groupStart));
                } else if (!java.util.Objects.equals(previous.deliveredOn(), line.deliveredOn())) {
                    errors.add(
                            row.line(),
                            "delivered_date",
                            "orders.import.otherDeliveredDate",
                            line.orderNumber(),
                            previous.deliveredOn() == null ? "-" : previous.deliveredOn(),
                            String.valueOf(groupStart));
                }
            } else {
                if (previous != null) {
                    finishedOrders.add(previous.orderNumber());
                }
                if (finishedOrders.contains(line.orderNumber())) {
                    errors.add(row.line(), "order_number", "orders.import.notTogether", line.orderNumber());
                }
                groupStart = row.line();
            }
            previous = line;
            List<OrderDraft> full = null;
            if (current == null || !current.number().equals(line.orderNumber())) {
                if (pending.size() == ORDER_CHUNK) {
                    full = pending;
                    pending = new ArrayList<>(ORDER_CHUNK);
                }
                current = new OrderDraft(line);
                pending.add(current);
            }
            current.add(line);
            if (full != null) {
                return checked(full);
            }
        }
        if (pending.isEmpty()) {
            return null;
        }
        List<OrderDraft> last = pending;
        pending = new ArrayList<>();
        return checked(last);
    }

    private void open() {
        try {
            csv = CsvInput.open(file, OrderRows.REQUIRED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        orderRows = new OrderRows(csv, currency, dates);
        rowsLeft = csv.iterator();
    }

    private void close() {
        if (csv != null) {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                csv = null;
            }
        }
    }

    /** Checks the customers of these orders; computes their fingerprints while the file has no bad row. */
    private List<OrderDraft> checked(List<OrderDraft> orders) {
        Set<String> numbers = new LinkedHashSet<>();
        orders.forEach(o -> o.lines().forEach(l -> numbers.add(l.customerNumber())));
        Map<String, Long> known = customers.idsByNumber(numbers);
        for (OrderDraft order : orders) {
            for (Line line : order.lines()) {
                if (!known.containsKey(line.customerNumber())) {
                    errors.add(
                            line.fileLine(), "customer_number", "orders.import.unknownCustomer", line.customerNumber());
                }
            }
            order.customerId(known.get(order.customerNumber()));
        }
        if (errors.isEmpty()) {
            orders.forEach(OrderDraft::fingerprint);
        }
        progress.run();
        return orders;
    }

    private void putQuietly(List<OrderDraft> chunk) {
        try {
            while (!stopped || chunk == END) {
                if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
                if (stopped) {
                    chunks.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
