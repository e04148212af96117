package org.clientela.platform.security;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notes when a token was last used, at most once every {@link #EVERY} per token and never on the
 * request's thread: writing it on every request made each API call wait for the database to flush
 * its log. The write is a conditional {@code UPDATE} that changes nothing when the stored moment is
 * recent, so several instances together still write it at most once a minute; what this instance
 * remembers of its own writes only spares most requests from even queueing one.
 */
@Component
class TokenUse {

    static final Duration EVERY = Duration.ofMinutes(1);
    /** Tokens remembered at most; past that the memory is forgotten (the database stays right). */
    private static final int REMEMBERED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(TokenUse.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Executor writer;
    private final ConcurrentHashMap<Long, Instant> queuedAt = new ConcurrentHashMap<>();

    @Autowired
    TokenUse(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, writerThread());
    }

    TokenUse(JdbcClient jdbc, Clock clock, Executor writer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
    }

    /** A request used token {@code tokenId}, whose stored last use is {@code storedLastUse} (or null). */
    void used(long tokenId, Instant storedLastUse) {
        Instant now = clock.instant();
        Instant due = now.minus(EVERY);
        if (storedLastUse != null && storedLastUse.isAfter(due)) {
            return;
        }
        Instant queued = queuedAt.get(tokenId);
        if (queued != null && queued.isAfter(due)) {
            return;
        }
        if (queuedAt.size() >= REMEMBERED) {
            queuedAt.clear();
        }
        // Of the requests that get here at once, one queues the write.
        boolean mine =
                queued == null ? queuedAt.putIfAbsent(tokenId, now) == null : queuedAt.replace(tokenId, queued, now);
        if (!mine) {
            return;
        }
        try {
            writer.execute(() -> write(tokenId, now));
        } catch (RejectedExecutionException full) {
            queuedAt.remove(tokenId, now);
        }
    }

    private void write(long tokenId, Instant now) {
        try {
            jdbc.sql("""
                    UPDATE api_token SET last_used_at = :now
                     WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :due)""")
                    .param("now", Timestamp.from(now))
                    .param("id", tokenId)
                    .param("due", Timestamp.from(now.minus(EVERY)))
                    .update();
        } catch (RuntimeException e) {
            queuedAt.remove(tokenId, now);
            log.warn("Could not note the use of API token {}: {}", tokenId, e.toString());
        }
    }

    /** Writes what is queued before the database goes away. */
    @PreDestroy
    void stop() throws InterruptedException {
        if (writer instanceof ExecutorService service) {
            service.shutdown();
            service.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** One daemon thread with a bounded queue: a note that does not fit is simply written later. */
    private static ExecutorService writerThread() {
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1_000),
                runnable -> {
                    Thread thread = new Thread(runnable, "api-token-use");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }
}
