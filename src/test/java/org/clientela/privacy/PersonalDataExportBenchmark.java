package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.clientela.privacy.internal.export.PersonalDataExport;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The export of one customer with a long history, on PostgreSQL, in a small heap: the archive is
 * streamed, so a customer with 100,000 order lines needs no more memory than one with ten. Not part
 * of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=PersonalDataExportBenchmark -Dbench.lines=100000 -Dbench.heap=128m</pre>
 *
 * Fills a fresh database with SQL: the customer's orders of ten lines each, and as many for another
 * customer; exports the first five times (after one warm-up) to a stream that only counts bytes, and appends the times
 * to {@code target/bench/report.md}.
 */
class PersonalDataExportBenchmark {

    final long lines = Long.getLong("bench.lines", 100_000);

    @Test
    void exportsALongHistoryByStreamingIt() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("export")) {
            JdbcClient jdbc = bench.jdbc();
            long customer = customerWithOrders(jdbc, "BX1");
            customerWithOrders(jdbc, "BX2");
            jdbc.sql("ANALYZE").update();
            PersonalDataExport export = bench.application().getBean(PersonalDataExport.class);
            long[] size = new long[1];
            // The median, 90th and 99th percentile (the slowest, at five calls) in milliseconds.
            double[] p = BenchOnPostgres.time(1, 5, () -> {
                Counting out = new Counting();
                export.write(customer, Locale.ENGLISH, out);
                size[0] = out.bytes;
            });
            assertThat(size[0]).isPositive();
            List<String> report = List.of(
                    "",
                    "## Personal-data export (PostgreSQL, heap %s)"
                            .formatted(System.getProperty("bench.heap", "default")),
                    "",
                    "One customer with %,d order lines in %,d orders (another customer has as many); archive %,d bytes."
                            .formatted(lines, lines / 10, size[0]),
                    "",
                    "| exports | median | slowest |",
                    "|---|---|---|",
                    "| 5 | **%.0f ms** | %.0f ms |".formatted(p[0], p[2]));
            report.forEach(System.out::println);
            Path file = Path.of("target", "bench", "report.md");
            Files.createDirectories(file.getParent());
            Files.write(file, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private long customerWithOrders(JdbcClient jdbc, String number) {
        jdbc.sql("""
                        INSERT INTO customer (customer_number, kind, name, sort_name, lifecycle_status, created_at, updated_at)
                        VALUES (:n, 'PERSON', :name, :name, 'CUSTOMER', now(), now())""").param("n", number).param("name", "Cliente " + number).update();
        long id = jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                                 created_at)
                        SELECT :n || '-' || o, :id, current_date - CAST(o % 3000 AS INTEGER), 'EUR', 100, 10, now()
                          FROM generate_series(1, :orders) o""")
                .param("n", number)
                .param("id", id)
                .param("orders", lines / 10)
                .update();
        jdbc.sql("""
                        INSERT INTO order_line (order_id, line_number, description, quantity, amount)
                        SELECT o.id, l, 'Artículo ' || l, 1, 10 FROM sales_order o, generate_series(1, 10) l
                         WHERE o.customer_id = :id""").param("id", id).update();
        return id;
    }

    /** Counts what is written, keeps nothing. */
    private static final class Counting extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
