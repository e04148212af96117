package org.clientela.satisfaction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How fast the department × department matrix answers over a large history of internal requests,
 * on PostgreSQL. Not part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=DepartmentMatrixBenchmark -Dbench.internalRequests=1000000</pre>
 *
 * Fills a fresh database with SQL (12 departments, requests spread over the last year, nine in ten
 * answered, a third rated in the survey ledger), then calls the matrix for a year and for the last
 * 90 days through MockMvc after a warm-up and prints p50/p90/p99, appending them to
 * {@code target/bench/report.md}.
 */
class DepartmentMatrixBenchmark {

    static final double TARGET_P99_MS = 300;

    final long requests = Long.getLong("bench.internalRequests", 1_000_000);
    final int calls = Integer.getInteger("bench.requests", 50);

    @Test
    void answersTheMatrixOverALargeHistory() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("internal")) {
            JdbcClient jdbc = bench.jdbc();
            long start = System.nanoTime();
            fill(jdbc);
            double filled = (System.nanoTime() - start) / 1e9;
            MockMvc mvc = bench.mvc();
            LocalDate to = LocalDate.now();
            double[] year = time(mvc, "/api/v1/internal-requests/matrix?from=" + to.minusYears(1) + "&to=" + to);
            double[] quarter = time(mvc, "/api/v1/internal-requests/matrix?from=" + to.minusDays(89) + "&to=" + to);
            List<String> lines = List.of(
                    "",
                    "## Department matrix (PostgreSQL)",
                    "",
                    "%,d internal requests over a year between 12 departments, filled in %.0f s; %,d calls per period, server-side (MockMvc), after a warm-up."
                            .formatted(requests, filled, calls),
                    "",
                    "| request | p50 | p90 | p99 (target ≤ %.0f ms) |".formatted(TARGET_P99_MS),
                    "|---|---|---|---|",
                    row("matrix, a year", year),
                    row("matrix, last 90 days", quarter));
            BenchOnPostgres.report(lines);
        }
    }

    private static String row(String what, double[] ms) {
        return "| %s | %.2f ms | %.2f ms | **%.2f ms** |".formatted(what, ms[0], ms[1], ms[2]);
    }

    private void fill(JdbcClient jdbc) {
        // Department d asks department (d + 1 + g % 11) % 12: never itself.
        jdbc.sql("""
                INSERT INTO satisfaction_internal_request (from_department, to_department, requester, request_type,
                       priority, subject, customer_affected, status, created_at, first_response_due, resolution_due,
                       first_response_at, first_response_by, first_response_minutes, closed_at, closed_by,
                       resolution_minutes, rated_at, version)
                SELECT 'Dept ' || (g % 12), 'Dept ' || ((g % 12 + 1 + g % 11) % 12), 'user' || (g % 60), 'REQUEST',
                       'NORMAL', 'Petición ' || g, g % 5 = 0,
                       CASE WHEN g % 10 = 0 THEN 'OPEN' ELSE 'CLOSED' END,
                       c, c + interval '8 hours', c + interval '45 hours',
                       CASE WHEN g % 10 <> 0 THEN c + ((g % 600) * interval '1 minute') END,
                       CASE WHEN g % 10 <> 0 THEN 'user' || (g % 60 + 1) END,
                       CASE WHEN g % 10 <> 0 THEN g % 600 END,
                       CASE WHEN g % 10 <> 0 THEN c + interval '1 day' END,
                       CASE WHEN g % 10 <> 0 THEN 'user' || (g % 60 + 1) END,
                       CASE WHEN g % 10 <> 0 THEN 540 END,
                       CASE WHEN g % 3 = 1 THEN c + interval '2 days' END, 0
                  FROM (SELECT g, now() - interval '365 days' + ((g % 525600) * interval '1 minute') AS c
                          FROM generate_series(1, :n) g) s""").param("n", requests).update();
        jdbc.sql("""
                INSERT INTO satisfaction_survey (kind, mode, status, respondent_user, internal_request_id, owner_user,
                       language, created_at, answered_at, score)
                SELECT 'CSAT', 'LINK', 'ANSWERED', requester, id, closed_by, 'es', rated_at, rated_at, 1 + id % 5
                  FROM satisfaction_internal_request WHERE rated_at IS NOT NULL""").update();
        jdbc.sql("VACUUM ANALYZE satisfaction_internal_request").update();
        jdbc.sql("VACUUM ANALYZE satisfaction_survey").update();
    }

    private double[] time(MockMvc mvc, String path) throws Exception {
        return BenchOnPostgres.time(5, calls, () -> perform(mvc, path));
    }

    private static void perform(MockMvc mvc, String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path).with(user("boss").roles("MANAGER"))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(
                    path + " answered " + result.getResponse().getStatus());
        }
    }
}
