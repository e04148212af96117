package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.platform.PersonalDataAnonymiser.ErasedPerson;
import org.clientela.privacy.internal.erasure.Anonymisations;
import org.clientela.privacy.internal.erasure.ErasureStep;
import org.clientela.privacy.internal.erasure.RetentionRun;
import org.clientela.support.EmptyBusiness;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention periods with the test clock, on H2 and PostgreSQL, on an empty business: a customer
 * whose last order is older than the policy period (3 years) is blocked and no longer found; once
 * the accounts' period (6 years) is over too, anonymised; a customer who bought since stays active;
 * the preview lists exactly what the run then does; and a run never starts while another holds it.
 */
@EmptyBusiness
abstract class RetentionRunTests {

    @Autowired
    RetentionRun run;

    @Autowired
    Anonymisations anonymisations;

    @Autowired
    ExclusiveRuns runs;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    final String word =
            "Retencion" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    long customerWhoBought(String name, LocalDate day) {
        long id = new CustomerFixtures(context).person(name);
        order(id, day);
        return id;
    }

    void order(long id, LocalDate day) {
        new RowWriter(dataSource)
                .insert(
                        "sales_order",
                        Map.of(
                                "order_number",
                                "RET-" + UUID.randomUUID(),
                                "customer_id",
                                id,
                                "order_date",
                                Date.valueOf(day),
                                "currency",
                                "EUR",
                                "total_amount",
                                new BigDecimal("10.00"),
                                "line_count",
                                1));
    }

    @Test
    void theRunBlocksThenAnonymisesAsThePeriodsSayAndThePreviewTellsItBeforehand() {
        LocalDate today = LocalDate.now(clock);
        long gone = customerWhoBought("Ana " + word + " Ida", today);
        long back = customerWhoBought("Bea " + word + " Vuelta", today);
        CustomerFixtures customers = new CustomerFixtures(context);

        assertThat(run.preview(10).first()).isEmpty();

        clock.advance(Duration.ofDays(3 * 366 + 2));
        order(back, LocalDate.now(clock));
        RetentionRun.Outcome preview = run.preview(10);
        assertThat(preview.first())
                .extracting(RetentionRun.Due::customerId, RetentionRun.Due::to)
                .contains(org.assertj.core.groups.Tuple.tuple(gone, ErasureStep.BLOCKED))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(back, ErasureStep.BLOCKED));
        assertThat(customers.foundOnFirstPage("Ana " + word)).isEqualTo(1);

        assertThat(customers.listedWithoutSearch(gone)).isTrue();
        RetentionRun.Outcome done = run.runNow(10).orElseThrow();
        assertThat(done.first()).isEqualTo(preview.first());
        assertThat(anonymisations.stepOf(gone)).isEqualTo(ErasureStep.BLOCKED);
        assertThat(anonymisations.stepOf(back)).isEqualTo(ErasureStep.ACTIVE);
        assertThat(customers.foundOnFirstPage("Ana " + word)).isZero();
        assertThat(customers.listedWithoutSearch(gone))
                .as("a blocked customer leaves the list shown without a search too")
                .isFalse();
        assertThat(customers.listedWithoutSearch(back)).isTrue();
        assertThat(customers.foundOnFirstPage("Bea " + word)).isEqualTo(1);
        assertThat(name(gone)).isEqualTo("Ana " + word + " Ida");
        assertThat(run.preview(10).first())
                .extracting(RetentionRun.Due::customerId)
                .doesNotContain(gone);

        clock.advance(Duration.ofDays(3 * 366));
        assertThat(run.preview(10).first())
                .extracting(RetentionRun.Due::customerId, RetentionRun.Due::to)
                .contains(org.assertj.core.groups.Tuple.tuple(gone, ErasureStep.ANONYMISED));
        run.runNow(10).orElseThrow();
        assertThat(anonymisations.stepOf(gone)).isEqualTo(ErasureStep.ANONYMISED);
        assertThat(name(gone)).isEqualTo(ErasedPerson.marker(gone));
        assertThat(anonymisations.stepOf(back)).isEqualTo(ErasureStep.BLOCKED);
        assertThat(jdbc.sql("SELECT SUM(total_amount) FROM sales_order WHERE customer_id = :id")
                        .param("id", gone)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("10.00");
    }

    @Test
    void aRunDoesNotStartWhileAnotherInstanceRunsIt() {
        boolean outer = runs.runExclusively(
                "privacy.retention",
                Duration.ofMinutes(5),
                () -> assertThat(run.runNow(10)).isEmpty());
        assertThat(outer).isTrue();
        assertThat(run.runNow(10)).isPresent();
    }

    String name(long id) {
        return jdbc.sql("SELECT name FROM customer WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
