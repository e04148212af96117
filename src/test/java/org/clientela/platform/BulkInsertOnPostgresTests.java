package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BulkInsert} on PostgreSQL, where it writes with {@code COPY} sent in pieces: many pieces
 * land as the rows they were, and a bad row anywhere fails the whole write with the error an
 * {@code INSERT} would give, leaving the connection fit for the rollback and what comes after;
 * keys set aside for a first load come back as they were and refuse the duplicates they would have.
 */
@PostgresApplicationTest
class BulkInsertOnPostgresTests {

    static final List<String> COLUMNS = List.of("id", "name", "amount");

    @Autowired
    BulkInsert bulk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void table() {
        jdbc.sql("CREATE TABLE bulk_probe (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, amount NUMERIC(10, 2))")
                .update();
    }

    @AfterEach
    void dropTable() {
        jdbc.sql("DROP TABLE bulk_probe").update();
    }

    @Test
    void rowsSentInManyPiecesLandAsTheyWere() {
        List<Object[]> rows = rows(20_000);
        transaction.executeWithoutResult(status -> bulk.insert("bulk_probe", COLUMNS, rows));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single())
                .isEqualTo(20_000);
        assertThat(jdbc.sql("SELECT name FROM bulk_probe WHERE id = 19999")
                        .query(String.class)
                        .single())
                .isEqualTo("Panadería \"Núñez\", nº 19999");
        assertThat(jdbc.sql("SELECT SUM(amount) FROM bulk_probe")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(new BigDecimal("2019900000.00"));
    }

    @Test
    void aBadRowInALaterPieceFailsTheWriteAsAnInsertWouldAndWritesNothing() {
        List<Object[]> rows = rows(20_000);
        rows.set(18_000, new Object[] {18_000L, null, BigDecimal.ONE});

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> bulk.insert("bulk_probe", COLUMNS, rows)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("bulk_probe");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single())
                .isZero();

        transaction.executeWithoutResult(status -> bulk.insert("bulk_probe", COLUMNS, rows(3)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void rowsPreparedOnAnotherThreadLandAsInsertedOnesAndABadOneStillFailsTheWrite() throws Exception {
        var preparer = transaction.execute(status -> bulk.preparer());
        List<Object[]> rows = rows(20_000);
        BulkInsert.Prepared prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> preparer.apply(rows))
                .get();
        assertThat(prepared.size()).isEqualTo(20_000);
        transaction.executeWithoutResult(status -> bulk.insert("bulk_probe", COLUMNS, prepared));
        assertThat(jdbc.sql("SELECT name FROM bulk_probe WHERE id = 12345")
                        .query(String.class)
                        .single())
                .isEqualTo("Panadería \"Núñez\", nº 12345");
        assertThat(jdbc.sql("SELECT SUM(amount) FROM bulk_probe")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(new BigDecimal("2019900000.00"));

        List<Object[]> again = rows(3);
        again.set(2, new Object[] {2L, "duplicate id", BigDecimal.ONE});
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    bulk.insert("bulk_probe", COLUMNS, preparer.apply(List.<Object[]>of(new Object[] {30_000L, "x", null
                    })));
                    bulk.insert("bulk_probe", COLUMNS, preparer.apply(again));
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single())
                .isEqualTo(20_000);
    }

    @Test
    void keysDeferredForAFirstLoadComeBackAndRefuseADuplicateWritten() {
        List<String> keys = keys();
        assertThat(keys).singleElement().asString().contains("PRIMARY KEY (id)");

        transaction.executeWithoutResult(status -> {
            BulkInsert.DeferredIndexes deferred = bulk.deferKeys("bulk_probe");
            assertThat(keys()).isEmpty();
            bulk.insert("bulk_probe", COLUMNS, rows(1_000));
            deferred.restore();
        });
        assertThat(keys()).isEqualTo(keys);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    BulkInsert.DeferredIndexes deferred = bulk.deferKeys("bulk_probe");
                    bulk.insert(
                            "bulk_probe", COLUMNS, List.<Object[]>of(new Object[] {5_000L, "new", null}, new Object[] {
                                500L, "a second row 500", null
                            }));
                    deferred.restore();
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(keys()).as("rolled back with the transaction").isEqualTo(keys);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single())
                .isEqualTo(1_000);
    }

    private List<String> keys() {
        return jdbc.sql("""
                SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = CAST('bulk_probe' AS regclass) AND contype IN ('p', 'u')""").query(String.class).list();
    }

    /** {@code count} rows of some 40 bytes each: 20,000 make a dozen pieces. */
    private static List<Object[]> rows(int count) {
        List<Object[]> rows = new ArrayList<>(count);
        for (long i = 0; i < count; i++) {
            rows.add(new Object[] {
                i, "Panadería \"Núñez\", nº " + i, new BigDecimal(i * 10 + 1000).add(new BigDecimal("0.00"))
            });
        }
        return rows;
    }
}
