package org.clientela.retention.internal.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.calls.CallPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the radar writes a stretch of customers' findings ({@link SignalStore}): only what changed,
 * closing what nothing found any more, and nothing outside the stretch; signals make no calls (those
 * are {@link CallPlan}'s), but a call made for one signal before closes with it (H2 and PostgreSQL twins).
 * Each test works on customer ids of its own, far above any real customer's.
 */
abstract class RadarWritesTests {

    @Autowired
    SignalStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    long base;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void ownCustomers() {
        base = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1_000;
    }

    @Test
    void writingTheSameFindingsAgainWritesNothing() {
        List<SignalStore.Pending> found =
                List.of(overdue(1, "40.00", 41), dropped(1, 7, "Café"), overdue(2, "90.00", 60));

        SignalStore.Written first = write(1, base, base + 10, found, true, now);
        assertThat(first).isEqualTo(new SignalStore.Written(3, 3, 0, 0));
        assertThat(rows("retention_call_task")).isEmpty();
        List<Map<String, Object>> signals = rows("retention_signal");
        List<Map<String, Object>> tasks = rows("retention_call_task");

        SignalStore.Written again = write(2, base, base + 10, found, true, now.plusSeconds(60));
        assertThat(again).isEqualTo(new SignalStore.Written(3, 0, 0, 0));
        assertThat(rows("retention_signal")).isEqualTo(signals);
        assertThat(rows("retention_call_task")).isEqualTo(tasks);
    }

    @Test
    void changedNumbersUpdateTheSignalInPlaceAndWhatNoLongerFiresCloses() {
        write(1, base, base + 10, List.of(overdue(1, "40.00", 41), overdue(2, "90.00", 60)), true, now);
        long signal = signalId(1);
        long task = legacyTaskFor(signalId(2), 2);

        SignalStore.Written later =
                write(2, base, base + 10, List.of(overdue(1, "40.00", 48)), true, now.plusSeconds(60));

        assertThat(later).isEqualTo(new SignalStore.Written(1, 0, 1, 1));
        assertThat(signalId(1)).isEqualTo(signal);
        assertThat(jdbc.sql("SELECT message_args FROM retention_signal WHERE id = :id")
                        .param("id", signal)
                        .query(String.class)
                        .single())
                .contains("n:48");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_signal WHERE customer_id = :c AND open = 1")
                        .param("c", base + 2)
                        .query(Long.class)
                        .single())
                .isZero();
        // The call made for that signal alone (before calls were per customer) is no longer needed.
        assertThat(jdbc.sql("SELECT status, open FROM retention_call_task WHERE id = :id")
                        .param("id", task)
                        .query()
                        .singleRow())
                .containsEntry("status", "NOT_NEEDED")
                .containsEntry("open", null);

        // It fires again: a new signal, the closed one kept as history; still no call from the signal.
        SignalStore.Written back = write(
                3,
                base,
                base + 10,
                List.of(overdue(1, "40.00", 48), overdue(2, "90.00", 75)),
                true,
                now.plusSeconds(120));
        assertThat(back).isEqualTo(new SignalStore.Written(2, 1, 0, 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_signal WHERE customer_id = :c")
                        .param("c", base + 2)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(rows("retention_call_task")).hasSize(1);
    }

    @Test
    void aStretchLeavesOtherCustomersAloneAndLowActivityWaitsForTheModel() {
        write(
                1,
                base,
                base + 100,
                List.of(overdue(5, "10.00", 30), overdue(50, "10.00", 30), lowActivity(6), lowActivity(7)),
                true,
                now);

        // Customers 1..10 in a stretch that found nothing, without a model: only OVERDUE of 5 closes.
        SignalStore.Written quiet = write(2, base, base + 10, List.of(), false, now.plusSeconds(60));
        assertThat(quiet.closed()).isEqualTo(1);
        assertThat(openKinds()).containsExactly("LOW_ACTIVITY_PROBABILITY", "LOW_ACTIVITY_PROBABILITY", "OVERDUE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_signal WHERE customer_id = :c AND open = 1")
                        .param("c", base + 50)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // With the model, the low-activity signals that no longer fire close too.
        SignalStore.Written modelled = write(3, base, base + 10, List.of(lowActivity(6)), true, now.plusSeconds(120));
        assertThat(modelled).isEqualTo(new SignalStore.Written(1, 0, 0, 1));
        assertThat(openKinds()).containsExactly("LOW_ACTIVITY_PROBABILITY", "OVERDUE");
    }

    // --- helpers --------------------------------------------------------------------------------

    SignalStore.Written write(
            long run, long after, long upTo, List<SignalStore.Pending> found, boolean model, Instant at) {
        return transactions.execute(s -> store.write(run, after, upTo, found, model, at));
    }

    SignalStore.Pending overdue(int customer, String money, long days) {
        return new SignalStore.Pending(
                base + customer,
                new Finding(
                        SignalKind.OVERDUE,
                        Finding.NO_CATEGORY,
                        OverdueRule.MESSAGE,
                        List.of(Finding.number(14), Finding.number(11), Finding.number(days), Finding.number(28)),
                        new BigDecimal(money)));
    }

    SignalStore.Pending dropped(int customer, long category, String name) {
        return new SignalStore.Pending(
                base + customer,
                new Finding(
                        SignalKind.DROPPED_CATEGORY,
                        category,
                        DroppedCategoryRule.MESSAGE,
                        List.of(Finding.text(name), Finding.number(5)),
                        new BigDecimal("300")));
    }

    SignalStore.Pending lowActivity(int customer) {
        return new SignalStore.Pending(
                base + customer,
                new Finding(
                        SignalKind.LOW_ACTIVITY_PROBABILITY,
                        Finding.NO_CATEGORY,
                        LowActivityRule.MESSAGE,
                        List.of(Finding.number(12)),
                        new BigDecimal("50")));
    }

    List<Map<String, Object>> rows(String table) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE customer_id > :from AND customer_id <= :to ORDER BY id")
                .param("from", base)
                .param("to", base + 1_000)
                .query()
                .listOfRows();
    }

    long signalId(int customer) {
        return jdbc.sql("SELECT id FROM retention_signal WHERE customer_id = :c AND open = 1")
                .param("c", base + customer)
                .query(Long.class)
                .single();
    }

    /** An open call as the radar made them per signal before issue 14. */
    long legacyTaskFor(long signal, int customer) {
        jdbc.sql("""
                INSERT INTO retention_call_task (signal_id, customer_id, owner_username, status, created_at, open, reasons)
                VALUES (:s, :c, 'ana', 'OPEN', :at, 1, 'OVERDUE')""")
                .param("s", signal)
                .param("c", base + customer)
                .param("at", java.sql.Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM retention_call_task WHERE signal_id = :s")
                .param("s", signal)
                .query(Long.class)
                .single();
    }

    List<String> openKinds() {
        return jdbc.sql("""
                SELECT kind FROM retention_signal WHERE customer_id > :from AND customer_id <= :to AND open = 1
                 ORDER BY kind""")
                .param("from", base)
                .param("to", base + 100)
                .query(String.class)
                .list();
    }
}
