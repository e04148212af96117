package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerId;
import org.clientela.service.CaseArchive.PastCase;
import org.clientela.service.CaseArchive.PastPromise;
import org.clientela.service.CaseArchive.Told;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Past cases brought in with their own moments come out as live ones would: told nothing is open,
 * told something is in progress, resolved is resolved; promises are kept, broken or pending by
 * their moments (H2 and PostgreSQL twins).
 */
abstract class CaseArchiveTests {

    @Autowired
    CaseArchive archive;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pastCasesKeepTheirMomentsAndComeOutInTheRightState() throws Exception {
        ServiceFixtures data = new ServiceFixtures(mvc);
        long customer = data.customer("Archivo");
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant weekAgo = now.minus(Duration.ofDays(7));
        PastCase resolved = new PastCase(
                CustomerId.of(customer),
                CaseType.COMPLAINT,
                "EMAIL",
                ComplaintReason.NOT_AS_PROMISED,
                "NORMAL",
                "ana",
                "Resuelto " + data.marker,
                "Faltaba una caja",
                weekAgo,
                List.of(new Told(weekAgo.plus(Duration.ofHours(2)), "Le enviamos la caja")),
                List.of(
                        new PastPromise(
                                PromiseKind.DELIVERY,
                                "Entregar la caja",
                                weekAgo,
                                weekAgo.plus(Duration.ofDays(3)),
                                weekAgo.plus(Duration.ofDays(1))),
                        new PastPromise(
                                PromiseKind.CALL_BACK, "Llamar", weekAgo, weekAgo.plus(Duration.ofHours(4)), null)),
                weekAgo.plus(Duration.ofDays(2)),
                Resolution.IN_FAVOUR,
                null,
                "VOUCHER",
                new BigDecimal("15.00"));
        PastCase untold = new PastCase(
                CustomerId.of(customer),
                CaseType.QUESTION,
                "PHONE",
                null,
                "HIGH",
                "luis",
                "Sin respuesta " + data.marker,
                null,
                now.minus(Duration.ofHours(3)),
                List.of(),
                List.of(new PastPromise(
                        PromiseKind.CALL_BACK,
                        "Llamar",
                        now.minus(Duration.ofHours(3)),
                        now.plus(Duration.ofHours(5)),
                        null)),
                null,
                null,
                null,
                null,
                null);
        PastCase told = new PastCase(
                CustomerId.of(customer),
                CaseType.REQUEST,
                "WEB",
                null,
                "NORMAL",
                "marta",
                "En curso " + data.marker,
                null,
                now.minus(Duration.ofDays(1)),
                List.of(new Told(now.minus(Duration.ofHours(20)), "Estamos en ello")),
                List.of(),
                null,
                null,
                null,
                null,
                null);

        assertThat(archive.bringIn(List.of(resolved, untold, told))).isEqualTo(3);

        assertThat(status("Resuelto ")).isEqualTo("RESOLVED");
        assertThat(status("Sin respuesta ")).isEqualTo("OPEN");
        assertThat(status("En curso ")).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("SELECT opened_at FROM service_case WHERE subject = :s")
                        .param("s", "Resuelto " + data.marker)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(weekAgo);
        assertThat(promiseStatuses(customer)).containsExactly("BROKEN", "KEPT", "PENDING");
        assertThat(jdbc.sql("""
                        SELECT SUM(c.amount) FROM service_concession c JOIN service_case s ON s.id = c.case_id
                         WHERE s.customer_id = :customer""")
                        .param("customer", customer)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("15.00");
        // The open case told yesterday owes news two working days after that, not after its opening.
        assertThat(jdbc.sql("SELECT next_update_due_at FROM service_case WHERE subject = :s")
                        .param("s", "En curso " + data.marker)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isAfter(now.minus(Duration.ofHours(20)).plus(Duration.ofDays(1)));
    }

    @Test
    void aCaseCannotOpenInTheFuture() throws Exception {
        long customer = new ServiceFixtures(mvc).customer("Futuro");
        PastCase future = new PastCase(
                CustomerId.of(customer),
                CaseType.QUESTION,
                "PHONE",
                null,
                "NORMAL",
                null,
                "Mañana",
                null,
                Instant.now().plus(Duration.ofDays(1)),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> archive.bringIn(List.of(future))).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_case WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String status(String subjectStart) {
        return jdbc
                .sql("SELECT status FROM service_case WHERE subject LIKE :s")
                .param("s", subjectStart + "%")
                .query(String.class)
                .list()
                .stream()
                .filter(s -> s != null)
                .findFirst()
                .orElseThrow();
    }

    private List<String> promiseStatuses(long customer) {
        return jdbc.sql("SELECT status FROM service_promise WHERE customer_id = :c ORDER BY status")
                .param("c", customer)
                .query(String.class)
                .list();
    }
}
