package org.clientela.platform;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work that several Clientela instances sharing one database must do only once: the
 * radar's nightly run, turning overdue promises into broken ones. Each run takes a named lease in
 * {@code exclusive_run}; an instance that finds the lease held by another skips the work. A lease
 * ends when the work ends, or at the latest after {@code maxHold} (an instance that died mid-run
 * does not block the work for ever).
 */
@Component
public class ExclusiveRuns {

    private static final Logger log = LoggerFactory.getLogger(ExclusiveRuns.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Autowired
    ExclusiveRuns(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    ExclusiveRuns(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs {@code work} if no other instance holds the lease {@code name}; the work runs outside
     * the lease's transaction, so it may take its own transactions.
     *
     * @return whether this instance ran the work
     */
    public boolean runExclusively(String name, Duration maxHold, Runnable work) {
        if (!take(name, maxHold)) {
            log.debug("{} runs on another instance; skipped here", name);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            release(name);
        }
    }

    boolean take(String name, Duration maxHold) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(maxHold));
        Boolean taken = transactions.execute(status -> {
            int updated = jdbc.sql("""
                    UPDATE exclusive_run SET held_until = :until, held_by = :by, started_at = :now
                    WHERE run_name = :name AND held_until <= :now""")
                    .param("until", until)
                    .param("by", instance)
                    .param("now", Timestamp.from(now))
                    .param("name", name)
                    .update();
            return updated == 1;
        });
        if (Boolean.TRUE.equals(taken)) {
            return true;
        }
        try {
            Integer inserted = transactions.execute(status -> jdbc.sql("""
                    INSERT INTO exclusive_run (run_name, held_until, held_by, started_at)
                    VALUES (:name, :until, :by, :now)""")
                    .param("name", name)
                    .param("until", until)
                    .param("by", instance)
                    .param("now", Timestamp.from(now))
                    .update());
            return inserted != null && inserted == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release(String name) {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                UPDATE exclusive_run SET held_until = :now WHERE run_name = :name AND held_by = :by""")
                .param("now", Timestamp.from(clock.instant()))
                .param("name", name)
                .param("by", instance)
                .update());
    }
}
