package org.clientela.satisfaction.internal.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fatigue cap under 10,000 random purchase and case events over two simulated years: whatever
 * asks, nobody is asked twice within the cap's days, NPS no more often than its months, and every
 * request not sent is in the ledger with its reason.
 */
abstract class FatigueCapTests {

    @Autowired
    Surveys surveys;

    @Autowired
    SurveySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void nobodyIsAskedTwiceWithinTheCapWhateverAsks() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        CustomerFixtures fixtures = new CustomerFixtures(context);
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            customers.add(fixtures.person("Fatiga " + i + " " + marker));
        }
        Random random = new Random(18);
        // Far in the future, where no other test asks these customers anything.
        clock.stopAt(Instant.parse("2031-01-05T09:00:00Z"));
        Map<String, Long> outcomes = new HashMap<>();
        for (int event = 0; event < 10_000; event++) {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(140)));
            long customer = customers.get(random.nextInt(customers.size()));
            int draw = random.nextInt(10);
            // A purchase followed up by phone, a resolved case asking CSAT, or NPS now and then.
            SurveyRequest request = draw < 5
                    ? new SurveyRequest(customer, SurveyKind.CSAT, SurveyMode.PHONE, null, (long) event, null)
                    : draw < 8
                            ? new SurveyRequest(customer, SurveyKind.CSAT, SurveyMode.PHONE, null, null, "en")
                            : new SurveyRequest(customer, SurveyKind.NPS, SurveyMode.PHONE, null, null, null);
            Surveys.Outcome outcome = surveys.ask(request, "system", false, null);
            outcomes.merge(outcome.status() + " " + outcome.skipReason(), 1L, Long::sum);
        }
        List<Object[]> asked = jdbc.sql("""
                        SELECT customer_id, kind, status, skip_reason, created_at FROM satisfaction_survey
                         WHERE customer_id IN (:ids) ORDER BY customer_id, created_at, id""")
                .param("ids", customers)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()
                })
                .list();
        assertThat(asked).hasSize(10_000);
        Duration cap = Duration.ofDays(settings.minDaysBetween());
        Map<Long, Instant> lastSent = new HashMap<>();
        Map<Long, Instant> lastNps = new HashMap<>();
        long sent = 0;
        for (Object[] row : asked) {
            long customer = (Long) row[0];
            Instant at = (Instant) row[4];
            if ("SKIPPED".equals(row[2])) {
                assertThat(row[3]).isIn("FATIGUE", "NPS_INTERVAL");
                continue;
            }
            sent++;
            Instant before = lastSent.put(customer, at);
            if (before != null) {
                assertThat(Duration.between(before, at)).isGreaterThanOrEqualTo(cap);
            }
            if ("NPS".equals(row[1])) {
                Instant npsBefore = lastNps.put(customer, at);
                if (npsBefore != null) {
                    assertThat(npsBefore)
                            .isBeforeOrEqualTo(at.atZone(clock.getZone())
                                    .minusMonths(settings.surveys().npsEveryMonths())
                                    .toInstant());
                }
            }
        }
        // Two years, 150 customers, one survey each per 90 days at most: about 8 each.
        assertThat(sent).isGreaterThan(150 * 4).isLessThanOrEqualTo(150 * 9);
        assertThat(outcomes.get("SKIPPED FATIGUE")).isGreaterThan(8_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_respondent WHERE customer_id IN (:ids)")
                        .param("ids", customers)
                        .query(Long.class)
                        .single())
                .isEqualTo(150);
    }
}
