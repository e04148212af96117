package org.clientela.orders.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads a range of customer ids slice by slice, the next {@code readers} slices each on a thread
 * of its own while the caller works on the current one, so that the database (on H2, inside this
 * JVM) and the caller's own work use every core. The caller gets the slices' items in order; at
 * most {@code readers + 1} slices are in memory.
 */
final class ReadAhead {

    /** Reads the items of the customer ids {@code from} to {@code to}, both included. */
    interface Slice<T> {
        List<T> read(long from, long to);
    }

    private ReadAhead() {}

    /**
     * Hands {@code action} the items of every slice of {@code sliceSize} ids from {@code first} to
     * {@code last}, in order.
     *
     * @return nanoseconds the caller waited for a slice to be read
     */
    static <T> long forEach(
            long first, long last, int sliceSize, int readers, String threadName, Slice<T> slice, Consumer<T> action) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService ahead = Executors.newFixedThreadPool(readers, work -> {
            Thread thread = new Thread(work, threadName + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long waited = 0;
        try {
            Deque<Future<List<T>>> reading = new ArrayDeque<>();
            long next = first;
            for (; reading.size() < readers && next <= last; next += sliceSize) {
                reading.add(read(ahead, slice, next, Math.min(last, next + sliceSize - 1)));
            }
            while (!reading.isEmpty()) {
                long waitStart = System.nanoTime();
                List<T> current = await(reading.poll());
                waited += System.nanoTime() - waitStart;
                if (next <= last) {
                    reading.add(read(ahead, slice, next, Math.min(last, next + sliceSize - 1)));
                    next += sliceSize;
                }
                current.forEach(action);
            }
        } finally {
            ahead.shutdownNow();
        }
        return waited;
    }

    private static <T> Future<List<T>> read(ExecutorService ahead, Slice<T> slice, long from, long to) {
        return ahead.submit(() -> slice.read(from, to));
    }

    private static <T> List<T> await(Future<List<T>> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
