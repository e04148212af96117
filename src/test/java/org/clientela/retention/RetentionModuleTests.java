package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.clientela.customers.CustomerId;
import org.clientela.platform.UserDeactivated;
import org.clientela.retention.internal.losses.LossRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The retention module with the modules it uses directly (customers, orders, platform), and the
 * events it publishes and hears (its own losses and call outcomes, platform's deactivated people):
 * what service would provide is a stub.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class RetentionModuleTests {

    @MockitoBean
    OpenServiceCases openServiceCases;

    @Autowired
    LossRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void markingACustomerLostPublishesItAndTheirLifecycleFollows(Scenario scenario) {
        long id = new RetentionFixtures(jdbc).customer("Perdido");

        scenario.stimulate(() -> register.markLost(id, "MOVED", null, null))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> lifecycle(id), "LOST"::equals)
                .andVerify(status -> assertThat(register.standing(id)).isPresent());
    }

    @Test
    void theEventOfAMarkedLossNamesTheCustomerAndTheReason(Scenario scenario) {
        long id = new RetentionFixtures(jdbc).customer("Evento");

        scenario.stimulate(() -> register.markLost(id, "COMPETITOR", null, null))
                .andWaitForEventOfType(CustomerMarkedLost.class)
                .matching(event -> event.customerId().equals(CustomerId.of(id)))
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo(LossReason.COMPETITOR));
    }

    @Test
    void aCallThatWonBackALostCustomerEndsTheirLossAndTheLifecycleFollows(Scenario scenario) {
        long id = new RetentionFixtures(jdbc).customer("Recuperado");
        register.markLost(id, "INDIFFERENCE", null, LocalDate.now(clock).minusDays(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> lifecycle(id).equals("LOST"));

        scenario.publish(new CallOutcomeRecorded(
                        1, CustomerId.of(id), null, List.of(), CallOutcome.WON_BACK, null, "luis", clock.instant()))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> lifecycle(id), "WON_BACK"::equals)
                .andVerify(status -> assertThat(register.standing(id)).isEmpty());
    }

    @Test
    void theOpenCallsOfADeactivatedPersonAreLeftUnassignedAndTheCallsTheyMadeKeepTheirName(Scenario scenario) {
        RetentionFixtures fixtures = new RetentionFixtures(jdbc);
        String ana = "ana-" + fixtures.marker;
        long open = callTask(fixtures.customer("Llamar"), ana, "OPEN");
        long made = callTask(fixtures.customer("Llamado"), ana, "DONE");
        long others = callTask(fixtures.customer("De Luis"), "luis-" + fixtures.marker, "OPEN");

        scenario.publish(new UserDeactivated(ana))
                .andWaitForStateChange(() -> callOwner(open) == null)
                .andVerify(unassigned -> {
                    assertThat(callOwner(made)).as("a call made is history").isEqualTo(ana);
                    assertThat(callOwner(others)).isEqualTo("luis-" + fixtures.marker);
                });
    }

    private long callTask(long customerId, String owner, String status) {
        jdbc.sql("""
                        INSERT INTO retention_call_task (customer_id, owner_username, status, outcome, created_at, open)
                        VALUES (:customer, :owner, :status, :outcome, :now, :open)""")
                .param("customer", customerId)
                .param("owner", owner)
                .param("status", status)
                .param("outcome", "OPEN".equals(status) ? null : "REACHED")
                .param("now", Timestamp.from(clock.instant()))
                .param("open", "OPEN".equals(status) ? 1 : null)
                .update();
        return jdbc.sql("SELECT id FROM retention_call_task WHERE customer_id = :customer")
                .param("customer", customerId)
                .query(Long.class)
                .single();
    }

    private String callOwner(long taskId) {
        return jdbc.sql("SELECT owner_username FROM retention_call_task WHERE id = :id")
                .param("id", taskId)
                .query(String.class)
                .list()
                .get(0);
    }

    private String lifecycle(long customerId) {
        return jdbc.sql("SELECT lifecycle_status FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(String.class)
                .single();
    }
}
