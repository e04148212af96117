package org.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.clientela.sales.internal.activities.ActivityLog;
import org.clientela.sales.internal.activities.NewActivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sales module with every module below it, and the events it publishes. With only its direct
 * dependencies the context started without the module-by-module migration strategy and Flyway found
 * the V1 of every module in one history; with all of them it starts as the others do.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class SalesModuleTests {

    @Autowired
    ActivityLog activities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @WithMockUser(username = "marta", roles = "MANAGER")
    void aWonProspectIsPublishedWithTheCustomerItBecameAndItsCampaign(Scenario scenario) {
        String name = "Ganada " + UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)"
                        + " VALUES (:name, 'BOTTOM_UP', 'ACTIVE', DATE '2025-01-01', :now)")
                .param("name", name)
                .param("now", now)
                .update();
        long campaign = jdbc.sql("SELECT id FROM sales_campaign WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO sales_prospect (name, sort_name, source, campaign_id, created_at, updated_at)"
                        + " VALUES (:name, :name, 'COLD', :campaign, :now, :now)")
                .param("name", name)
                .param("campaign", campaign)
                .param("now", now)
                .update();
        long prospect = jdbc.sql("SELECT id FROM sales_prospect WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();

        scenario.stimulate(() -> activities.log(
                        prospect, new NewActivity("WON", null, 30, new BigDecimal("2500.00"), null, null, null)))
                .andWaitForEventOfType(ProspectWon.class)
                .matching(event -> event.prospectId() == prospect)
                .toArriveAndVerify(event -> {
                    assertThat(event.campaignId()).isEqualTo(campaign);
                    assertThat(event.amount()).isEqualByComparingTo("2500.00");
                    assertThat(jdbc.sql("SELECT customer_id FROM sales_prospect WHERE id = :id")
                                    .param("id", prospect)
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(event.customerId().value());
                });
    }

    @Test
    @WithMockUser(username = "marta", roles = "MANAGER")
    void aWonProspectOnFileAsAProspectCustomerMakesThatCustomerACustomer(Scenario scenario) {
        String name = "Ya en ficha " + UUID.randomUUID();
        String email = UUID.randomUUID() + "@ficha.example";
        Timestamp now = Timestamp.from(Instant.now());
        long customer = new org.clientela.customers.CustomerFixtures(context).personWithEmail(name, email);
        jdbc.sql("UPDATE customer SET lifecycle_status = 'PROSPECT' WHERE id = :id")
                .param("id", customer)
                .update();
        jdbc.sql("INSERT INTO sales_prospect (name, sort_name, source, email, email_key, created_at, updated_at)"
                        + " VALUES (:name, :name, 'COLD', :email, :email, :now, :now)")
                .param("name", name)
                .param("email", email)
                .param("now", now)
                .update();
        long prospect = jdbc.sql("SELECT id FROM sales_prospect WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();

        scenario.stimulate(() -> activities.log(
                        prospect, new NewActivity("WON", null, 30, new BigDecimal("900.00"), null, null, null)))
                .andWaitForStateChange(
                        () -> jdbc.sql("SELECT lifecycle_status FROM customer WHERE id = :id")
                                .param("id", customer)
                                .query(String.class)
                                .single(),
                        "CUSTOMER"::equals)
                .andVerify(status -> assertThat(jdbc.sql(
                                        "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'customer' AND entity_id = :id"
                                                + " AND action = 'CUSTOMER_STATUS_CHANGED' AND actor = 'marta'")
                                .param("id", String.valueOf(customer))
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
    }
}
