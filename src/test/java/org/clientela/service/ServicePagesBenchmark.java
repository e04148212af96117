package org.clientela.service;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How fast the case page and "my day" answer with a large service history, on PostgreSQL. Not part
 * of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=ServicePagesBenchmark -Dbench.customers=1000000 -Dbench.cases=500000</pre>
 *
 * Fills a fresh database with SQL (customers, cases with two notes each, a promise per case, 20
 * service people), then renders each page server-side (MockMvc: security, controller, SQL,
 * Thymeleaf) after a warm-up and prints p50/p90/p99, appending them to {@code target/bench/report.md}.
 */
class ServicePagesBenchmark {

    static final double TARGET_P99_MS = 100;

    final long customers = Long.getLong("bench.customers", 100_000);
    final long cases = Long.getLong("bench.cases", 50_000);
    final int requests = Integer.getInteger("bench.requests", 1_000);

    @Test
    void rendersTheCasePageAndMyDayWithALargeHistory() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("service", "--clientela.service.promise-check-every=PT1H")) {
            JdbcClient jdbc = bench.jdbc();
            long start = System.nanoTime();
            fill(jdbc);
            double filled = (System.nanoTime() - start) / 1e9;
            MockMvc mvc = bench.mvc();
            long firstCase = jdbc.sql("SELECT MIN(id) FROM service_case")
                    .query(Long.class)
                    .single();
            SplittableRandom random = new SplittableRandom(42);
            double[] casePage = time(
                    mvc,
                    requests,
                    () -> "/service/cases/" + (firstCase + random.nextLong(cases)),
                    () -> "agent" + random.nextInt(20));
            double[] myDay = time(mvc, requests, () -> "/service", () -> "agent" + random.nextInt(20));
            double[] banner = time(
                    mvc,
                    requests,
                    () -> "/service/panels/banner/"
                            + jdbc.sql("SELECT customer_id FROM service_case WHERE id = :id")
                                    .param("id", firstCase + random.nextLong(cases))
                                    .query(Long.class)
                                    .single(),
                    () -> "agent" + random.nextInt(20));
            var cases_ = bench.application().getBean(org.clientela.service.internal.cases.Cases.class);
            var ledger = bench.application().getBean(org.clientela.service.internal.promises.PromiseList.class);
            var queries = bench.application().getBean(org.clientela.service.internal.cases.CaseList.class);
            var directory = bench.application().getBean(org.clientela.customers.CustomerDirectory.class);
            double[] caseData = timeWork(requests, () -> {
                var c = cases_.get(firstCase + random.nextLong(cases));
                directory.find(c.getCustomerId());
                ledger.ofCase(c.getId());
                queries.latestOf(c.getCustomerId(), 10);
            });
            double[] list =
                    time(mvc, 200, () -> "/service/cases?open=true&owner=agent" + random.nextInt(20), () -> "agent1");
            List<String> lines = List.of(
                    "",
                    "## Service pages (PostgreSQL)",
                    "",
                    "%,d customers, %,d cases (2 notes and 1 promise each), filled in %.0f s; %,d requests per page, server-side (MockMvc), after a warm-up."
                            .formatted(customers, cases, filled, requests),
                    "",
                    "| page | p50 | p90 | p99 (target ≤ %.0f ms) |".formatted(TARGET_P99_MS),
                    "|---|---|---|---|",
                    row("case page `/service/cases/{id}`", casePage),
                    row("its data alone (aggregate, customer, promises, other cases; no HTML)", caseData),
                    row("my day `/service`", myDay),
                    row("customer banner `/service/panels/banner/{customer}`", banner),
                    row("open cases of one owner `/service/cases?open=true&owner=`", list));
            lines.forEach(System.out::println);
            Path report = Path.of("target", "bench", "report.md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String row(String page, double[] ms) {
        return "| %s | %.2f ms | %.2f ms | **%.2f ms** |".formatted(page, ms[0], ms[1], ms[2]);
    }

    private void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, created_at, updated_at)
                SELECT 'B' || g, 'PERSON', 'Cliente ' || g, 'CUSTOMER', 'cliente ' || g, now(), now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        long first = jdbc.sql("SELECT MIN(id) FROM customer").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO service_case (reference, customer_id, case_type, channel, reason, priority, status,
                       owner_username, subject, description, update_every_days, last_customer_update_at,
                       next_update_due_at, opened_at, opened_by, resolved_at, resolution, updated_at)
                SELECT 'B-' || g, :first + (g * 7919) % :customers,
                       CASE WHEN g % 3 = 0 THEN 'COMPLAINT' WHEN g % 3 = 1 THEN 'QUESTION' ELSE 'REQUEST' END,
                       'PHONE', CASE WHEN g % 3 = 0 THEN 'NOT_KEPT_INFORMED' END, 'NORMAL',
                       CASE WHEN g % 20 < 16 THEN 'CLOSED' WHEN g % 20 < 18 THEN 'RESOLVED'
                            WHEN g % 20 = 18 THEN 'IN_PROGRESS' ELSE 'OPEN' END,
                       'agent' || ((g / 20) % 20), 'Asunto del caso ' || g, 'Lo que contó el cliente en el caso ' || g, 2,
                       now() - ((g % 900) * interval '1 hour'),
                       CASE WHEN g % 20 >= 18 THEN now() + (((g % 96) - 48) * interval '1 hour') END,
                       now() - ((g % 720) * interval '1 day'), 'agent' || ((g / 20) % 20),
                       CASE WHEN g % 20 < 18 THEN now() - ((g % 700) * interval '1 day') END,
                       CASE WHEN g % 20 < 18 THEN 'IN_FAVOUR' END, now()
                  FROM generate_series(1, :n) g""")
                .param("first", first)
                .param("customers", customers)
                .param("n", cases)
                .update();
        jdbc.sql("""
                INSERT INTO service_case_note (case_id, position, kind, body, author, written_at)
                SELECT id, p, CASE WHEN p = 0 THEN 'INTERNAL' ELSE 'TOLD_CUSTOMER' END,
                       'Nota ' || p || ' del caso ' || id, owner_username, opened_at + p * interval '1 hour'
                  FROM service_case CROSS JOIN generate_series(0, 1) p""").update();
        jdbc.sql("""
                INSERT INTO service_promise (case_id, customer_id, kind, description, owner_username, status, made_at,
                       due_at, kept_at, broken_at, promised_days, actual_days)
                SELECT id, customer_id, CASE WHEN id % 2 = 0 THEN 'CALL_BACK' ELSE 'DELIVERY' END, 'Promesa ' || id,
                       owner_username,
                       CASE WHEN status IN ('OPEN', 'IN_PROGRESS') THEN 'PENDING' WHEN id % 7 = 0 THEN 'BROKEN' ELSE 'KEPT' END,
                       opened_at,
                       CASE WHEN status IN ('OPEN', 'IN_PROGRESS') THEN now() + ((id % 72) * interval '1 hour')
                            ELSE opened_at + interval '2 days' END,
                       CASE WHEN status NOT IN ('OPEN', 'IN_PROGRESS') AND id % 7 <> 0 THEN opened_at + interval '1 day' END,
                       CASE WHEN status NOT IN ('OPEN', 'IN_PROGRESS') AND id % 7 = 0 THEN opened_at + interval '2 days' END,
                       2, CASE WHEN status NOT IN ('OPEN', 'IN_PROGRESS') AND id % 7 <> 0 THEN 1 END
                  FROM service_case""").update();
        // VACUUM as well as ANALYZE: right after a bulk load every page still needs its hint bits set,
        // so the first reads of the measurement would write (and evict) pages that autovacuum has long
        // cleaned in a database that grew over years. Runs outside a transaction (JdbcClient autocommit).
        jdbc.sql("VACUUM ANALYZE").update();
    }

    private static double[] time(
            MockMvc mvc, int count, java.util.function.Supplier<String> url, java.util.function.Supplier<String> who)
            throws Exception {
        for (int i = 0; i < Math.min(200, count); i++) {
            perform(mvc, url.get(), who.get());
        }
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            String path = url.get();
            String person = who.get();
            long start = System.nanoTime();
            perform(mvc, path, person);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[count / 2], ms[(int) (count * 0.9)], ms[(int) Math.min(count - 1, count * 0.99)]};
    }

    private static double[] timeWork(int count, Runnable work) {
        for (int i = 0; i < Math.min(200, count); i++) {
            work.run();
        }
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[count / 2], ms[(int) (count * 0.9)], ms[(int) Math.min(count - 1, count * 0.99)]};
    }

    private static void perform(MockMvc mvc, String path, String person) throws Exception {
        MvcResult result =
                mvc.perform(get(path).with(user(person).roles("SERVICE"))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(
                    path + " answered " + result.getResponse().getStatus());
        }
    }
}
