package org.clientela.retention.internal.calls;

import java.time.LocalDate;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long choosing the calls takes after a run at a million customers on PostgreSQL (not part of
 * {@code ./mvnw verify}):
 *
 * <pre>./mvnw -Pbench verify -Dtest=CallPlanBenchmark -Dbench.customers=1000000</pre>
 *
 * Customers are written straight into the tables with {@code generate_series}: 50 owners who are
 * users, 1 % owned by someone who is not a user and 2 % by nobody (the default owner's), and, the
 * worst case, one owner with three customers at the very bottom of the money at risk, so the plan
 * reads every score before that owner has their calls. Prints the time of a first plan (every
 * call new) and of a second on the same scores (every call chosen again).
 */
@PostgresApplicationTest
class CallPlanBenchmark {

    final long customers = Long.getLong("bench.customers", 1_000_000);

    @Autowired
    CallPlan plan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    @Test
    void choosesTheCallsOfAMillionCustomers() {
        for (int o = 0; o < 50; o++) {
            users.ensure("owner" + o, "Owner " + o, Role.SALES);
        }
        users.ensure("rare", "Rare", Role.SALES);
        long start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, owner_username, lifecycle_status, sort_name,
                       created_at, updated_at)
                SELECT 'B' || g, 'PERSON', 'Cliente ' || g,
                       CASE WHEN g <= 3 THEN 'rare' WHEN g % 100 = 7 THEN 'ghost' WHEN g % 50 = 3 THEN NULL
                            ELSE 'owner' || (g % 50) END,
                       'CUSTOMER', 'cliente ' || g, now(), now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        jdbc.sql("""
                INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                       risk_score, risk_rank, year_spend, money_at_risk, signals)
                SELECT id, 1, CURRENT_DATE, 3, 30, 0.5, ROW_NUMBER() OVER (ORDER BY m DESC, id), 1000, m,
                       CASE WHEN id % 3 = 0 THEN 'OVERDUE' ELSE '' END
                  FROM (SELECT id, CASE WHEN customer_number IN ('B1', 'B2', 'B3') THEN 0.01
                                        ELSE ROUND(CAST(random() * 5000 AS NUMERIC), 2) + 1 END AS m
                          FROM customer) c""").update();
        jdbc.sql("ANALYZE").update();
        System.out.printf(
                "CallPlan benchmark: %,d customers written in %d ms%n",
                customers, (System.nanoTime() - start) / 1_000_000);

        for (int run = 1; run <= 2; run++) {
            long t = System.nanoTime();
            long created = plan.plan(run, LocalDate.now());
            long calls = jdbc.sql("SELECT COUNT(*) FROM retention_call_task WHERE run_id = :r")
                    .param("r", run)
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "CallPlan benchmark: run %d chose %d calls (%d new) in %d ms%n",
                    run, calls, created, (System.nanoTime() - t) / 1_000_000);
        }
    }
}
