package org.clientela.retention.internal.figures;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.clientela.orders.figures.PurchaseFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a figure computed over the whole order book (as JSON in {@code retention_snapshot}) for
 * the day and the order-book version it was computed on: the first look of the day, or after an
 * import, computes it; every later look and every instance reads it. The nightly run computes
 * them ahead, so at a million customers nobody waits.
 */
@Component
public class FigureSnapshots {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PurchaseFigures revenue;
    private final Clock clock;

    FigureSnapshots(JdbcClient jdbc, JsonMapper json, PurchaseFigures revenue, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.revenue = revenue;
        this.clock = clock;
    }

    /** The figure {@code name} for {@code day}, computed now only when none is kept for this state of the book. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public <T> T daily(String name, LocalDate day, Class<T> type, Supplier<T> compute) {
        long version = revenue.bookVersion();
        Optional<String> kept = jdbc.sql("""
                        SELECT body FROM retention_snapshot
                         WHERE name = :name AND computed_on = :day AND book_version = :version""")
                .param("name", name)
                .param("day", day)
                .param("version", version)
                .query(String.class)
                .optional();
        if (kept.isPresent()) {
            return json.readValue(kept.get(), type);
        }
        T value = compute.get();
        jdbc.sql("DELETE FROM retention_snapshot WHERE name = :name")
                .param("name", name)
                .update();
        jdbc.sql("""
                        INSERT INTO retention_snapshot (name, computed_on, book_version, computed_at, body)
                        VALUES (:name, :day, :version, :at, :body) ON CONFLICT DO NOTHING""")
                .param("name", name)
                .param("day", day)
                .param("version", version)
                .param("at", Timestamp.from(clock.instant()))
                .param("body", json.writeValueAsString(value))
                .update();
        return value;
    }
}
