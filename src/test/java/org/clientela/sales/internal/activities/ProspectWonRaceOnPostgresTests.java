package org.clientela.sales.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clientela.platform.InvalidInputException;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two sellers press "won" on the same prospect at the same moment: exactly one win is logged and
 * exactly one customer made; the other is told the prospect is already won. PostgreSQL, where row
 * locks and the re-check of the guarded update are what a production database does.
 */
@PostgresApplicationTest
class ProspectWonRaceOnPostgresTests {

    @Autowired
    ActivityLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ofTwoWinsAtOnceExactlyOneIsLoggedAndOneCustomerMade() throws Exception {
        ActivityFixtures fixtures = new ActivityFixtures(jdbc);
        long prospect = fixtures.prospect("Carrera", null, null);
        long customersBefore =
                jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
        int racers = 2;
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String seller = "seller" + i;
                Callable<String> win = () -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(new UsernamePasswordAuthenticationToken(
                                    seller, "n/a", AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    try {
                        log.log(prospect, new NewActivity("WON", null, 5, new BigDecimal("100"), null, null, null));
                        return "won";
                    } catch (InvalidInputException refused) {
                        return refused.errors().get(0).field() + ":"
                                + refused.errors().get(0).messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(win));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("won", "kind:sales.activity.decided.won");
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.activities(prospect)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single())
                .isEqualTo(customersBefore + 1);
        assertThat(fixtures.column(prospect, "customer_id")).isNotNull();
    }
}
