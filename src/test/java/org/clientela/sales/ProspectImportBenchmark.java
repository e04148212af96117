package org.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.clientela.ClientelaApplication;
import org.clientela.platform.ImportProgress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prospect import on PostgreSQL: a made-up list of {@code -Dbench.prospects} (100,000) prospects
 * with every column filled (valid tax ids, sectors by code and by name, a campaign by name, a
 * contact) into an empty database, then the same file again (which must change nothing). Not part
 * of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=ProspectImportBenchmark -Dbench.prospects=100000 -Dbench.db=postgres</pre>
 *
 * With {@code -Dbench.db=postgres} (the default) it needs PostgreSQL on {@code 127.0.0.1:5432} (user
 * {@code postgres}, trust) and makes the database {@code clientela_prospect_bench} (or {@code
 * -Dbench.database}, to run two checkouts side by side) afresh at every run, its URL followed by
 * {@code -Dbench.url-options} if given (such as {@code ?options=-c%20log_min_duration_statement=0} to
 * profile); with {@code -Dbench.db=h2} it uses a new H2 file under {@code target/bench/h2-prospects}. The
 * goal is at least 20,000 rows a second on PostgreSQL.
 */
class ProspectImportBenchmark {

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String[] SECTORS = {"C", "F", "G", "Hostelería", "J", "Manufacturing", "M", "Q"};

    final int prospects = Integer.getInteger("bench.prospects", 100_000);
    final String server = "jdbc:postgresql://127.0.0.1:5432/";
    final String database = System.getProperty("bench.database", "clientela_prospect_bench");
    final Path folder = Path.of("target", "bench").toAbsolutePath();
    final boolean h2 = "h2".equals(System.getProperty("bench.db", "postgres"));

    @Test
    void importsAHundredThousandProspects() throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("prospects-" + prospects + ".csv");
        write(file);
        Path h2Folder = folder.resolve("h2-prospects");
        if (h2) {
            org.springframework.util.FileSystemUtils.deleteRecursively(h2Folder);
        } else {
            sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql("CREATE DATABASE " + database);
        }
        try (ConfigurableApplicationContext app = start(
                h2
                        ? "jdbc:h2:file:" + h2Folder.resolve("db")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                        : server + database + System.getProperty("bench.url-options", ""),
                h2 ? "sa" : "postgres")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("""
                    INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)
                    VALUES ('Feria 2026', 'TOP_DOWN', 'ACTIVE', DATE '2026-01-01', CURRENT_TIMESTAMP)""").update();
            ProspectImporter importer = app.getBean(ProspectImporter.class);
            long[] cpu = cpuMillis(jdbc);
            long start = System.nanoTime();
            ProspectImportResult first = importer.importCsv(file, ImportProgress.NONE);
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            long[] firstCpu = since(cpu, cpuMillis(jdbc));
            cpu = cpuMillis(jdbc);
            start = System.nanoTime();
            ProspectImportResult again = importer.importCsv(file, ImportProgress.NONE);
            double againSeconds = (System.nanoTime() - start) / 1e9;
            long[] againCpu = since(cpu, cpuMillis(jdbc));
            long terms = jdbc.sql("SELECT COUNT(*) FROM sales_prospect_search_term")
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "%nProspect import, %s, %,d rows (%,d bytes): first %.2f s = %,.0f rows/s (%s);"
                            + " again %.2f s = %,.0f rows/s (%d unchanged); %,d search terms; load average %.1f%n"
                            + "CPU: first %,d ms in the importing thread + %,d ms in the database's backends,"
                            + " again %,d + %,d ms%n%n",
                    h2 ? "H2" : "PostgreSQL",
                    prospects,
                    Files.size(file),
                    firstSeconds,
                    prospects / firstSeconds,
                    first.counts(),
                    againSeconds,
                    prospects / againSeconds,
                    again.unchanged(),
                    terms,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage(),
                    firstCpu[0],
                    firstCpu[1],
                    againCpu[0],
                    againCpu[1]);
            assertThat(first.created()).isEqualTo(prospects);
            assertThat(again.unchanged()).isEqualTo(prospects);
        }
    }

    /**
     * CPU time used so far, in milliseconds: by this thread (the import runs on it; on H2 the
     * database's work too) and, on PostgreSQL (on this machine), by the backends pg_stat_activity
     * lists for the database ({@code /proc/<pid>/stat}; parallel workers that ended meanwhile are not
     * counted). On a machine shared with other builds the wall time stretches; these do not.
     */
    private long[] cpuMillis(JdbcClient jdbc) {
        long thread = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        if (h2) {
            return new long[] {thread, 0};
        }
        long ticks = 0;
        for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class)
                .list()) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException | RuntimeException gone) {
                // A backend that ended between the list and the read.
            }
        }
        return new long[] {thread, ticks * 10};
    }

    private static long[] since(long[] before, long[] after) {
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }

    private void write(Path file) throws Exception {
        Random random = new Random(17);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "external_id,name,sector,employees,phone,email,tax_id,campaign,contact_name,contact_title,web,city\n");
            for (int i = 0; i < prospects; i++) {
                int nif = 10_000_000 + i;
                out.write("L-" + i + ",Empresa " + i + " " + (char) ('a' + random.nextInt(26)) + " S.L.,"
                        + SECTORS[random.nextInt(SECTORS.length)] + "," + random.nextInt(400) + ",9"
                        + (10_000_000 + random.nextInt(89_999_999)) + ",info" + i + "@empresa" + i + ".example,"
                        + nif + NIF_LETTERS.charAt(nif % 23) + "," + (i % 3 == 0 ? "Feria 2026" : "")
                        + ",Persona " + i + ",Gerente,empresa" + i + ".example,Ciudad " + random.nextInt(500) + "\n");
            }
        }
    }

    private ConfigurableApplicationContext start(String url, String username) {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + username,
                        "--spring.datasource.password=",
                        "--clientela.demo=false",
                        "--server.port=0",
                        "--clientela.data-dir=" + folder.resolve("data-prospects"),
                        "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                        "--spring.jmx.enabled=false",
                        "--logging.level.org.clientela=INFO",
                        "--logging.level.root=WARN");
    }

    private void sql(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
