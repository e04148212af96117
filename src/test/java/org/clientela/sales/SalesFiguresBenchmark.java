package org.clientela.sales;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clientela.sales.internal.activities.ActivityDays;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How fast the sales KPIs and the comparison answer for a year of a large sales history, on
 * PostgreSQL ({@code -Dbench.db=postgres}, the default) or embedded H2 in a file
 * ({@code -Dbench.db=h2}, under {@code target/bench/h2-sales}, made afresh). Not part of {@code
 * ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=SalesFiguresBenchmark -Dbench.prospects=100000 -Dbench.activities=2000000 -Dbench.db=h2</pre>
 *
 * {@code -Dbench.keep=true} keeps the filled PostgreSQL database (an H2 folder is always left
 * behind); {@code -Dbench.database=NAME} (that PostgreSQL database, or a copy of the H2 folder)
 * measures on data an earlier run filled, without filling again, so that two builds can be measured
 * one after the other on the same data.
 *
 * Fills a fresh database with SQL (20 sellers, 10 campaigns half top-down and half bottom-up,
 * prospects with their first-step moments over the last year, a tenth of them won or lost, and
 * activities spread over the year), then calls each endpoint through MockMvc (security,
 * controller, SQL, bootstrap, JSON) after a warm-up and prints p50/p90/p99, appending them to
 * {@code target/bench/report.md}.
 */
class SalesFiguresBenchmark {

    static final double TARGET_P99_MS = 300;

    final long prospects = Long.getLong("bench.prospects", 100_000);
    final long activities = Long.getLong("bench.activities", 2_000_000);
    final int requests = Integer.getInteger("bench.requests", 100);
    final boolean h2 = "h2".equals(System.getProperty("bench.db", "postgres"));

    @Test
    void answersAYearOfKpisAndAComparisonOverALargeHistory() throws Exception {
        try (Bench bench = h2 ? BenchOnH2.start() : new OnPostgres(BenchOnPostgres.start("sales"))) {
            JdbcClient jdbc = bench.jdbc();
            this.jdbc = jdbc;
            long start = System.nanoTime();
            if (jdbc.sql("SELECT COUNT(*) FROM sales_prospect")
                            .query(Long.class)
                            .single()
                    == 0) {
                fill(jdbc);
                // Filled with SQL, not through the activity log: the day sums are made from the steps at once.
                bench.application().getBean(ActivityDays.class).rebuild();
                analyze(jdbc, "sales_activity_day");
            }
            double filled = (System.nanoTime() - start) / 1e9;
            MockMvc mvc = bench.mvc();
            LocalDate to = LocalDate.now().plusDays(1);
            String year = "from=" + to.minusYears(1) + "&to=" + to;
            double[] bySeller = time(mvc, "/api/v1/sales/kpis?" + year + "&groupBy=seller", "MANAGER", "boss");
            double[] byMonth = time(mvc, "/api/v1/sales/kpis?" + year + "&groupBy=month", "MANAGER", "boss");
            // By sector has no target and, with H2 executing every request, reads the 2,000,000 steps each
            // time (seconds a request): -Dbench.bySector=false leaves it out.
            double[] bySector = Boolean.parseBoolean(System.getProperty("bench.bySector", "true"))
                    ? time(mvc, "/api/v1/sales/kpis?" + year + "&groupBy=sector", "MANAGER", "boss")
                    : null;
            double[] ownRow = time(mvc, "/api/v1/sales/kpis?" + year + "&groupBy=seller", "SALES", "seller3");
            double[] strategies = time(
                    mvc,
                    "/api/v1/sales/comparison?" + year + "&a=strategy:TOP_DOWN&b=strategy:BOTTOM_UP",
                    "MANAGER",
                    "boss");
            double[] page = time(mvc, "/sales/funnel?" + year + "&groupBy=month", "MANAGER", "boss");
            double[] logging = logSteps(mvc, jdbc);
            List<String> lines = List.of(
                    "",
                    "## Sales KPIs and comparison (%s)".formatted(h2 ? "H2" : "PostgreSQL"),
                    "",
                    "%,d prospects, %,d activities over a year, filled in %.0f s; %,d requests per endpoint, server-side (MockMvc), after a warm-up; load average %.1f at the end."
                            .formatted(
                                    prospects,
                                    activities,
                                    filled,
                                    requests,
                                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                            .getSystemLoadAverage()),
                    "",
                    "| request (a year) | p50 | p90 | p99 (target ≤ %.0f ms) | CPU per request: Java thread (p50) + database (mean) |"
                            .formatted(TARGET_P99_MS),
                    "|---|---|---|---|---|",
                    row("KPIs by seller, manager", bySeller),
                    row("KPIs by month, manager", byMonth),
                    bySector == null
                            ? "| KPIs by sector, manager | not run | | | |"
                            : row("KPIs by sector, manager", bySector),
                    row("KPIs by seller, one seller (own row)", ownRow),
                    row("comparison TOP_DOWN vs BOTTOM_UP", strategies),
                    row("funnel page by month (HTML)", page),
                    row("logging a call (POST, target p99 ≤ 50 ms)", logging));
            lines.forEach(System.out::println);
            Path report = Path.of("target", "bench", "report.md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String row(String what, double[] ms) {
        return "| %s | %.2f ms | %.2f ms | **%.2f ms** | %.1f + %.1f ms |"
                .formatted(what, ms[0], ms[1], ms[2], ms[3], ms[4]);
    }

    /**
     * SQL that runs on both databases: {@code generate_series(…) AS s(g)} and standard interval
     * literals.
     */
    private void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)
                SELECT 'Campaña ' || g, CASE WHEN g % 2 = 0 THEN 'TOP_DOWN' ELSE 'BOTTOM_UP' END, 'ACTIVE',
                       CAST(now() - INTERVAL '400' DAY AS DATE), now()
                  FROM generate_series(0, 9) AS s(g)""").update();
        long campaign =
                jdbc.sql("SELECT MIN(id) FROM sales_campaign").query(Long.class).single();
        // Moments from a year ago onwards; a prospect goes as far as g % 20 lets it (won: 0, 1; lost
        // after its proposal: 10; lost before any call: 19).
        jdbc.sql("""
                INSERT INTO sales_prospect (name, sort_name, source, owner_username, campaign_id, sector_code,
                       size_band_code, research_done, first_call_at, first_conversation_at, first_appointment_at,
                       first_meeting_at, first_proposal_at, outcome, decided_at, won_amount, created_at, updated_at)
                SELECT 'Empresa ' || g, 'empresa ' || g, 'LIST', 'seller' || (g % 20), :campaign + (g % 10),
                       chr(CAST(65 + (g % 21) AS INTEGER)), CASE g % 4 WHEN 0 THEN 'MICRO' WHEN 1 THEN 'SMALL' WHEN 2 THEN 'MEDIUM' ELSE 'LARGE' END,
                       g % 5,
                       CASE WHEN g % 20 < 18 THEN c + INTERVAL '2' DAY END,
                       CASE WHEN g % 20 < 12 THEN c + INTERVAL '5' DAY END,
                       CASE WHEN g % 20 < 6 THEN c + INTERVAL '8' DAY END,
                       CASE WHEN g % 20 < 4 OR g % 20 = 10 THEN c + INTERVAL '12' DAY END,
                       CASE WHEN g % 20 < 3 OR g % 20 = 10 THEN c + INTERVAL '15' DAY END,
                       CASE WHEN g % 20 < 2 THEN 'WON' WHEN g % 20 IN (10, 19) THEN 'LOST' END,
                       CASE WHEN g % 20 < 2 OR g % 20 IN (10, 19) THEN c + ((20 + g % 40) * INTERVAL '1' DAY) END,
                       CASE WHEN g % 20 < 2 THEN 500 + (g % 5000) END,
                       c, c
                  FROM (SELECT g, now() - INTERVAL '365' DAY + ((g % 300) * INTERVAL '1' DAY) AS c
                          FROM generate_series(1, :n) AS s(g)) t""").param("campaign", campaign).param("n", prospects).update();
        long first =
                jdbc.sql("SELECT MIN(id) FROM sales_prospect").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO sales_activity (prospect_id, campaign_id, seller_username, kind, at, minutes, recorded_at)
                SELECT :first + (a % :n), :campaign + ((a % :n + 1) % 10), 'seller' || ((a % :n + 1) % 20),
                       CASE a % 7 WHEN 0 THEN 'CALL' WHEN 1 THEN 'CALL' WHEN 2 THEN 'CONVERSATION' WHEN 3 THEN 'APPOINTMENT'
                            WHEN 4 THEN 'MEETING' WHEN 5 THEN 'PROPOSAL' ELSE 'CALL' END,
                       now() - INTERVAL '365' DAY + ((a % 525600) * INTERVAL '1' MINUTE), 5 + a % 40, now()
                  FROM generate_series(1, :activities) AS s(a)""")
                .param("first", first)
                .param("n", prospects)
                .param("campaign", campaign)
                .param("activities", activities)
                .update();
        analyze(jdbc, "sales_prospect");
        analyze(jdbc, "sales_activity");
    }

    private void analyze(JdbcClient jdbc, String table) {
        jdbc.sql(h2 ? "ANALYZE TABLE " + table : "VACUUM ANALYZE " + table).update();
    }

    /** The application under measurement and its database. */
    interface Bench extends AutoCloseable {
        org.springframework.context.ConfigurableApplicationContext application();

        default JdbcClient jdbc() {
            return application().getBean(JdbcClient.class);
        }

        MockMvc mvc();
    }

    private record OnPostgres(BenchOnPostgres bench) implements Bench {
        @Override
        public org.springframework.context.ConfigurableApplicationContext application() {
            return bench.application();
        }

        @Override
        public MockMvc mvc() {
            return bench.mvc();
        }

        @Override
        public void close() throws Exception {
            bench.close();
        }
    }

    /**
     * Clientela on a new H2 file database, as it runs by default, with no demo and no port. H2 answers
     * a statement asked again with the same parameters from its last result while no table it reads
     * has changed ({@code OPTIMIZE_REUSE_RESULTS}); the benchmark asks the same requests over unchanged
     * tables, which a CRM in use, where steps are logged all day, does not, so that is turned off
     * ({@code -Dbench.h2.reuse=true} turns it back on) and every request is executed.
     */
    private record BenchOnH2(org.springframework.context.ConfigurableApplicationContext application) implements Bench {

        static BenchOnH2 start() {
            String kept = System.getProperty("bench.database", "");
            Path folder = (kept.isBlank() ? Path.of("target", "bench", "h2-sales") : Path.of(kept)).toAbsolutePath();
            if (kept.isBlank()) {
                org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
            }
            return new BenchOnH2(new org.springframework.boot.builder.SpringApplicationBuilder(
                            org.clientela.ClientelaApplication.class)
                    .run(
                            "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db")
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                                    + (Boolean.getBoolean("bench.h2.reuse") ? "" : ";OPTIMIZE_REUSE_RESULTS=FALSE"),
                            "--spring.datasource.username=sa",
                            "--spring.datasource.password=",
                            "--clientela.demo=false",
                            "--server.port=0",
                            "--clientela.data-dir=" + folder.resolve("data"),
                            "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                            "--spring.jmx.enabled=false",
                            "--logging.level.org.clientela=WARN"));
        }

        @Override
        public MockMvc mvc() {
            return org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(
                            (org.springframework.web.context.WebApplicationContext) application)
                    .apply(
                            org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                                    .springSecurity())
                    .build();
        }

        @Override
        public void close() {
            application.close();
        }
    }

    /**
     * p50, p90 and p99 of the wall time, and the median CPU time of the calling thread (MockMvc
     * serves the request on it: security, controller, statistics, JSON — all but the database's
     * own work), which a machine shared with other builds does not stretch as it stretches the wall time.
     */
    private double[] time(MockMvc mvc, String path, String role, String person) throws Exception {
        for (int i = 0; i < 10; i++) {
            perform(mvc, path, role, person);
        }
        double[] ms = new double[requests];
        double[] cpu = new double[requests];
        long databaseStart = databaseCpuMillis();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            perform(mvc, path, role, person);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return summary(ms, cpu, databaseStart);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private double[] summary(double[] ms, double[] cpu, long databaseStart) {
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {
            ms[requests / 2],
            ms[(int) (requests * 0.9)],
            ms[(int) Math.min(requests - 1, requests * 0.99)],
            cpu[requests / 2],
            h2 ? 0 : (databaseCpuMillis() - databaseStart) / (double) requests
        };
    }

    private JdbcClient jdbc;

    /**
     * On PostgreSQL (on this machine), the CPU time its server processes for this database have used
     * so far, in milliseconds: {@code /proc/<pid>/stat}'s user and system ticks of every backend
     * pg_stat_activity lists for it (parallel workers that ended meanwhile are not counted). On H2
     * the database works in the request's own thread, counted in its Java CPU.
     */
    private long databaseCpuMillis() {
        if (h2) {
            return 0;
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
        return ticks * 10;
    }

    /**
     * Logs a call on undecided prospects, one after another as sellers do, each on another
     * prospect: the activity log's insert, the prospect's milestones, the day sum's upsert and the
     * call-backs, through the API.
     */
    private double[] logSteps(MockMvc mvc, JdbcClient jdbc) throws Exception {
        List<Long> open = jdbc.sql("SELECT id FROM sales_prospect WHERE outcome IS NULL ORDER BY id")
                .query(Long.class)
                .list();
        int warmUp = 10;
        double[] ms = new double[requests];
        double[] cpu = new double[requests];
        long databaseStart = -1;
        for (int i = 0; i < warmUp + requests; i++) {
            if (i == warmUp) {
                databaseStart = databaseCpuMillis();
            }
            long prospect = open.get((i * 97) % open.size());
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                    "/api/v1/prospects/{id}/activities", prospect)
                            .with(user("boss").roles("MANAGER"))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"CALL\",\"minutes\":4}"))
                    .andReturn();
            if (result.getResponse().getStatus() != 201) {
                throw new IllegalStateException("logging a call answered "
                        + result.getResponse().getStatus() + ": "
                        + result.getResponse().getContentAsString());
            }
            if (i >= warmUp) {
                ms[i - warmUp] = (System.nanoTime() - start) / 1e6;
                cpu[i - warmUp] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        return summary(ms, cpu, databaseStart);
    }

    private static void perform(MockMvc mvc, String path, String role, String person) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(person).roles(role))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(
                    path + " answered " + result.getResponse().getStatus());
        }
    }
}
