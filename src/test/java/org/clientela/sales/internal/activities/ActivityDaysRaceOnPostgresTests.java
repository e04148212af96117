package org.clientela.sales.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One seller logs two calls on the same day at the same moment, on two prospects (so that nothing
 * but the day row is shared): both transactions meet on a day row neither has yet, and both calls
 * must count in it. PostgreSQL, where the upsert's conflict handling is what makes that hold.
 */
@PostgresApplicationTest
class ActivityDaysRaceOnPostgresTests {

    @Autowired
    ActivityLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoCallsLoggedAtOnceOnTheSameDayBothCount() throws Exception {
        ActivityFixtures fixtures = new ActivityFixtures(jdbc);
        String seller = "racer-" + fixtures.marker;
        long[] prospects = {
            fixtures.prospect("Carrera uno", seller, null), fixtures.prospect("Carrera dos", seller, null)
        };
        int[] minutes = {5, 7};
        Instant at = Instant.parse("2025-05-06T10:00:00Z");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(new UsernamePasswordAuthenticationToken(
                                    seller, "n/a", AuthorityUtils.createAuthorityList("ROLE_SALES")));
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    try {
                        return log.log(
                                        prospects[n],
                                        new NewActivity("CALL", at.plusSeconds(n), minutes[n], null, null, null, null))
                                .activity()
                                .id();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Long> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        var day = jdbc.sql(
                        "SELECT steps, minutes FROM sales_activity_day WHERE seller_username = :seller AND kind = 'CALL'")
                .param("seller", seller)
                .query((rs, n) -> List.of(rs.getLong("steps"), rs.getLong("minutes")))
                .list();
        assertThat(day).containsExactly(List.of(2L, 12L));
    }
}
