package org.clientela.privacy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.SplittableRandom;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How fast the question every sender asks ({@link ContactPermission#allows}) and the consents API
 * answer over a large business, on PostgreSQL. Not part of {@code ./mvnw verify}; run it with:
 *
 * <pre>./mvnw -Pbench verify -Dtest=ConsentBenchmark -Dbench.customers=1000000 -Dbench.consentsPerCustomer=3</pre>
 *
 * Fills a fresh database with SQL (the customers, a history of several answers each over five
 * versions of the words, and the current state as the application keeps it), then times, after a
 * warm-up, {@code allows} for random customers in-process, the API's read of one customer and a
 * recording, and prints p50/p90/p99, appending them to {@code target/bench/report.md}.
 */
class ConsentBenchmark {

    final long customers = Long.getLong("bench.customers", 1_000_000);
    final int perCustomer = Integer.getInteger("bench.consentsPerCustomer", 3);
    final int calls = Integer.getInteger("bench.requests", 2000);

    @Test
    void theCheckBeforeEveryMessageStaysOneIndexReadAtAMillionCustomers() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("consents")) {
            JdbcClient jdbc = bench.jdbc();
            long start = System.nanoTime();
            fill(jdbc);
            double filled = (System.nanoTime() - start) / 1e9;
            long events = jdbc.sql("SELECT COUNT(*) FROM privacy_consent_event")
                    .query(Long.class)
                    .single();
            long current = jdbc.sql("SELECT COUNT(*) FROM privacy_consent_current")
                    .query(Long.class)
                    .single();
            long first =
                    jdbc.sql("SELECT MIN(id) FROM customer").query(Long.class).single();
            ContactPermission permission = bench.application().getBean(ContactPermission.class);
            MockMvc mvc = bench.mvc();
            SplittableRandom random = new SplittableRandom(42);
            Channel[] channels = Channel.values();
            Purpose[] purposes = Purpose.values();
            double[] allows = BenchOnPostgres.time(
                    200,
                    calls,
                    () -> permission.allows(
                            first + random.nextLong(customers),
                            channels[random.nextInt(channels.length)],
                            purposes[random.nextInt(purposes.length)]));
            double[] read = BenchOnPostgres.time(
                    50,
                    calls / 10,
                    () -> mvc.perform(get("/api/v1/customers/{id}/consents", first + random.nextLong(customers))
                                    .with(user("bench").roles("VIEWER")))
                            .andReturn());
            double[] write = BenchOnPostgres.time(
                    50,
                    calls / 10,
                    () -> mvc.perform(post("/api/v1/customers/{id}/consents", first + random.nextLong(customers))
                                    .with(user("bench").roles("SALES"))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("""
                                    {"channel":"PHONE","purpose":"MARKETING","status":"REFUSED","source":"PHONE",
                                     "text":"¿Podemos llamarte con ofertas?"}"""))
                            .andReturn());
            String plan = String.join(" / ", jdbc.sql("""
                                    EXPLAIN SELECT status FROM privacy_consent_current
                                     WHERE person_kind = 'CUSTOMER' AND person_id = 12345 AND channel = 'EMAIL'
                                       AND purpose = 'SURVEYS'""").query(String.class).list());
            BenchOnPostgres.report(List.of(
                    "",
                    "## Consents (PostgreSQL)",
                    "",
                    "%,d customers, %,d consent events, %,d current-state rows, filled in %.0f s; server-side, after a warm-up."
                            .formatted(customers, events, current, filled),
                    "",
                    "| call | n | p50 | p90 | p99 |",
                    "|---|---|---|---|---|",
                    row("ContactPermission.allows (in-process)", calls, allows),
                    row("GET /api/v1/customers/{id}/consents (MockMvc)", calls / 10, read),
                    row("POST /api/v1/customers/{id}/consents (MockMvc)", calls / 10, write),
                    "",
                    "Plan of the check: " + plan));
        }
    }

    private void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, email, lifecycle_status, sort_name, created_at,
                       updated_at)
                SELECT 'B' || g, 'PERSON', 'Cliente ' || g, 'c' || g || '@example.es', 'CUSTOMER', 'cliente ' || g,
                       now(), now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        jdbc.sql("""
                INSERT INTO privacy_consent_text (sha256, body, first_used)
                SELECT md5('v' || g) || md5('w' || g), 'Versión ' || g || ' de la cláusula', now()
                  FROM generate_series(1, 5) g""").update();
        jdbc.sql("""
                INSERT INTO privacy_consent_event (person_kind, person_id, customer_id, channel, purpose, status,
                       legal_basis, source, text_id, recorded_at, recorded_by)
                SELECT 'CUSTOMER', c.id, c.id,
                       (ARRAY['EMAIL','PHONE','SMS','WHATSAPP','POST'])[1 + (c.id + k) % 5],
                       (ARRAY['MARKETING','SURVEYS'])[1 + (c.id / 5 + k) % 2],
                       (ARRAY['GRANTED','REFUSED','WITHDRAWN','GRANTED'])[1 + (c.id + 3 * k) % 4],
                       'CONSENT',
                       (ARRAY['FORM','PHONE','IN_PERSON','EMAIL'])[1 + k % 4],
                       (SELECT MIN(id) FROM privacy_consent_text) + (c.id + k) % 5,
                       now() - ((k * 30) * interval '1 day'), 'bench'
                  FROM customer c CROSS JOIN generate_series(1, :k) k""").param("k", perCustomer).update();
        jdbc.sql("""
                INSERT INTO privacy_consent_current (person_kind, person_id, channel, purpose, status, event_id)
                SELECT DISTINCT ON (person_kind, person_id, channel, purpose) person_kind, person_id, channel, purpose,
                       status, id
                  FROM privacy_consent_event
                 ORDER BY person_kind, person_id, channel, purpose, id DESC""").update();
        for (String table :
                List.of("customer", "privacy_consent_text", "privacy_consent_event", "privacy_consent_current")) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
    }

    private static String row(String what, int n, double[] ms) {
        return "| %s | %,d | %.2f ms | %.2f ms | **%.2f ms** |".formatted(what, n, ms[0], ms[1], ms[2]);
    }
}
