package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.customers.CustomerId;
import org.clientela.platform.ContactPermission;
import org.clientela.service.CaseId;
import org.clientela.service.CaseResolved;
import org.clientela.service.CaseType;
import org.clientela.service.Resolution;
import org.clientela.service.ServiceCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The satisfaction module with every module below it, and the events it hears: a resolved case asks
 * its customer how it went (CSAT); without an SMTP server the request is recorded as skipped, with
 * its reason, and the case it was about. The customers' consents are the privacy module's, which
 * is not below this one: here everybody may be asked.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class SatisfactionModuleTests {

    @TestConfiguration
    static class EverybodyMayBeAsked {
        @Bean
        ContactPermission contactPermission() {
            return (customer, channel, purpose) -> true;
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceCases cases;

    @Autowired
    ApplicationContext context;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aResolvedCaseAsksItsCustomerForCsat(Scenario scenario) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long customer = new CustomerFixtures(context).personWithEmail("Resuelto " + marker, marker + "@example.es");
        CaseId caseId = cases.openComplaint(customer, null, "Pedido tarde", "Llegó tarde");
        scenario.publish(new CaseResolved(
                        caseId,
                        CustomerId.of(customer),
                        "C-" + marker,
                        CaseType.COMPLAINT,
                        Resolution.IN_FAVOUR,
                        BigDecimal.ZERO,
                        Instant.now()))
                // Null (no change yet) until the survey is in the ledger.
                .andWaitForStateChange(
                        () -> jdbc.sql("SELECT COUNT(*) FROM satisfaction_survey WHERE case_id = :c AND kind = 'CSAT'")
                                .param("c", caseId.value())
                                .query(Long.class)
                                .optional()
                                .filter(n -> n > 0)
                                .orElse(null))
                .andVerify(count -> {
                    assertThat(count).isEqualTo(1);
                    assertThat(jdbc.sql("SELECT customer_id FROM satisfaction_survey WHERE case_id = :c")
                                    .param("c", caseId.value())
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(customer);
                });
    }
}
