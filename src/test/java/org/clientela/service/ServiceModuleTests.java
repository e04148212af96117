package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerId;
import org.clientela.platform.Role;
import org.clientela.platform.UserDeactivated;
import org.clientela.platform.UserDirectory;
import org.clientela.retention.LetDowns;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The service module with the modules it uses directly (not demo or imports): the events its cases
 * and promises publish, how they reach retention ({@link LetDowns}, watched here), and what service
 * does when platform says a person was deactivated. The customer directory the case asks about its
 * customer is a stub.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@WithMockUser(username = "ana", roles = "SERVICE")
class ServiceModuleTests {

    /** Watched, not replaced: retention's radar reads the let-downs it records. */
    @MockitoSpyBean
    LetDowns letDowns;

    @MockitoBean
    CustomerDirectory customers;

    @Autowired
    Cases cases;

    @Autowired
    PromiseLedger promises;

    @Autowired
    UserDirectory users;

    @Autowired
    Promises outsidePromises;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aCustomer() {
        when(customers.find(anyLong()))
                .thenReturn(Optional.of(new CustomerDirectory.CustomerRef(7L, "C-7", "Marta Vega")));
    }

    @Test
    void aBrokenPromiseReachesRetention(Scenario scenario) {
        scenario.publish(new PromiseBroken(
                        41, CustomerId.of(7), null, PromiseKind.DELIVERY, "ana", now.minusSeconds(60), now))
                .andWaitForStateChange(
                        () -> mockingDetails(letDowns).getInvocations().size(), calls -> calls > 0)
                .andVerify(calls -> verify(letDowns).promiseBroken(CustomerId.of(7), 41, now));
    }

    @Test
    void aBrokenPromiseToAProspectNamesNoCustomerAndLetsNoCustomerDown(Scenario scenario) {
        long id = outsidePromises.make(
                PromiseParty.outside("sales", "P-" + UUID.randomUUID(), "Ferretería Nueva", "/sales/prospects/1"),
                PromiseKind.CALL_BACK,
                now.plus(1, ChronoUnit.HOURS),
                "Te llamo el jueves",
                null);
        // Its moment passes: the sweep, not the test, breaks it.
        jdbc.sql("UPDATE service_promise SET due_at = :past WHERE id = :id")
                .param("past", java.sql.Timestamp.from(now.minusSeconds(60)))
                .param("id", id)
                .update();

        scenario.stimulate(() -> promises.breakOverdue())
                .andWaitForEventOfType(PromiseBroken.class)
                .matching(event -> event.promiseId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.customerId()).isNull();
                    assertThat(event.toCustomer()).isFalse();
                    assertThat(event.owner()).isEqualTo("ana");
                });
        // Once service's listener has finished with it, retention has heard nothing of it.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> publications(id, true) > 0 && publications(id, false) == 0);
        org.mockito.Mockito.verify(letDowns, org.mockito.Mockito.never())
                .promiseBroken(
                        org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.eq(id),
                        org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aComplaintClosedAgainstTheCustomerReachesRetention(Scenario scenario) {
        scenario.publish(new CaseResolved(
                        CaseId.of(12),
                        CustomerId.of(7),
                        "C-2026-000012",
                        CaseType.COMPLAINT,
                        Resolution.AGAINST_CUSTOMER,
                        BigDecimal.ZERO,
                        now))
                .andWaitForStateChange(
                        () -> mockingDetails(letDowns).getInvocations().size(), calls -> calls > 0)
                .andVerify(calls -> verify(letDowns).complaintClosedAgainst(CustomerId.of(7), 12, now));
    }

    @Test
    void resolvingACaseAgainstTheCustomerPublishesCaseResolvedWithItsId(Scenario scenario) {
        ServiceCase opened = cases.open(new CaseCommands.OpenCase(
                7L, CaseType.COMPLAINT, Channel.PHONE, ComplaintReason.OTHER, null, null, "Nadie me llama", null));
        String why = "Revisamos la entrega con la agencia y el paquete se entregó en la dirección que nos diste.";

        scenario.stimulate(() -> cases.resolve(opened.getId(), opened.getVersion(), Resolution.AGAINST_CUSTOMER, why))
                .andWaitForEventOfType(CaseResolved.class)
                .matching(event -> event.caseId().equals(CaseId.of(opened.getId())))
                .toArriveAndVerify(event -> {
                    assertThat(event.customerId()).isEqualTo(CustomerId.of(7));
                    assertThat(event.reference()).isEqualTo(opened.getReference());
                    assertThat(event.complaintClosedAgainstCustomer()).isTrue();
                });
    }

    @Test
    void theOpenWorkOfADeactivatedPersonIsLeftUnassignedAndWhatTheyFinishedKeepsTheirName(Scenario scenario) {
        String sergio = "sergio-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensure(sergio, "Sergio", Role.SERVICE);
        ServiceCase open = openCase(sergio);
        ServiceCase started = openCase(sergio);
        cases.start(started.getId(), started.getVersion());
        ServiceCase resolved = openCase(sergio);
        cases.resolve(
                resolved.getId(),
                resolved.getVersion(),
                Resolution.IN_FAVOUR,
                "Te devolvimos el importe del envío y el paquete llegó al día siguiente a tu dirección.");
        Promise pending =
                promises.make(open.getId(), 7, PromiseKind.CALL_BACK, now.plus(2, ChronoUnit.DAYS), null, sergio);

        scenario.publish(new UserDeactivated(sergio))
                .andWaitForStateChange(() -> cases.get(open.getId()).getOwnerUsername() == null)
                .andVerify(unassigned -> {
                    assertThat(cases.get(started.getId()).getOwnerUsername()).isNull();
                    assertThat(promises.get(pending.id()).owner())
                            .as("a pending promise")
                            .isNull();
                    assertThat(cases.get(resolved.getId()).getOwnerUsername())
                            .as("a resolved case is history")
                            .isEqualTo(sergio);
                });
    }

    /** The registry's publications of the PromiseBroken of {@code promiseId}, finished or not yet. */
    private long publications(long promiseId, boolean finished) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type = :type AND completion_date IS "
                        + (finished ? "NOT NULL" : "NULL") + " AND serialized_event LIKE :promise")
                .param("type", PromiseBroken.class.getName())
                .param("promise", "{\"promiseId\":" + promiseId + ",%")
                .query(Long.class)
                .single();
    }

    private ServiceCase openCase(String owner) {
        return cases.open(new CaseCommands.OpenCase(
                7L,
                CaseType.COMPLAINT,
                Channel.PHONE,
                ComplaintReason.OTHER,
                null,
                owner,
                "El pedido llegó roto",
                null));
    }
}
