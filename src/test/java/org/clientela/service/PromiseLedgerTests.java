package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.clientela.service.ServiceFixtures.ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promise ledger as the API and the scheduled check use it (H2 and PostgreSQL twins). Time moves
 * on the {@link TestClock}, never by waiting.
 */
abstract class PromiseLedgerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PromiseLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestClock clock;

    @Autowired
    Promises outsidePromises;

    /** The pages are for people signed in with their password, not for API clients. */
    static final org.springframework.test.web.servlet.request.RequestPostProcessor ADMIN_PAGES =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
                    .roles("ADMIN");

    ServiceFixtures fixtures;

    /**
     * How many times each listener was handed a PromiseBroken of {@code promiseId}, as the event
     * publication registry recorded it with the commit that broke the promise.
     */
    Map<String, Long> brokenEventsHeard(long promiseId) {
        return jdbc
                .sql("SELECT listener_id, serialized_event FROM event_publication WHERE event_type = :type")
                .param("type", PromiseBroken.class.getName())
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        json.readTree(rs.getString(2)).get("promiseId").asLong()))
                .list()
                .stream()
                .filter(heard -> heard.getValue() == promiseId)
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
    }

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPromiseIsPendingUntilKeptAndThenCannotBeKeptAgain() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Marta Vega"));
        Instant due = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        String body = mvc.perform(post("/api/v1/cases/" + caseId + "/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DELIVERY\",\"dueAt\":\"" + due + "\",\"description\":\"Entrega\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.owner").value("admin"))
                .andExpect(jsonPath("$.promisedDays").value(7.0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ServiceFixtures.id(body);
        mvc.perform(get("/api/v1/promises")
                        .param("status", "PENDING")
                        .param("size", "500")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

        mvc.perform(post("/api/v1/promises/" + id + "/keep").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("KEPT"))
                .andExpect(jsonPath("$.actualDays").value(0.0));
        mvc.perform(post("/api/v1/promises/" + id + "/keep").with(ADMIN)).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/promises")
                        .param("status", "PENDING")
                        .param("size", "500")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/promises")
                        .param("status", "KEPT")
                        .param("size", "500")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    }

    @Test
    void refusesPromisesThatCannotBeKept() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Iván Mora"));
        for (String json : new String[] {
            "{\"kind\":\"TELEPATHY\",\"dueAt\":\"" + Instant.now().plusSeconds(3600) + "\"}",
            "{\"kind\":\"CALL_BACK\",\"dueAt\":\"" + Instant.now().minusSeconds(60) + "\"}",
            "{\"kind\":\"CALL_BACK\",\"dueAt\":\"mañana\"}",
            "{\"kind\":\"CALL_BACK\"}"
        }) {
            mvc.perform(post("/api/v1/cases/" + caseId + "/promises")
                            .with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
        mvc.perform(get("/api/v1/promises").param("status", "LOST").with(ADMIN))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anOverduePromiseBreaksAtTheNextCheckOnceAndCannotBeKeptAfterwards() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Olga Ríos"));
        long id = fixtures.promise(caseId, "CALL_BACK", clock.instant().plus(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        // The scheduled check (every second in tests) breaks it; nobody calls the ledger here.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/v1/promises/" + id).with(ADMIN))
                        .andExpect(jsonPath("$.status").value("BROKEN")));

        mvc.perform(post("/api/v1/promises/" + id + "/keep").with(ADMIN)).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/promises")
                        .param("status", "BROKEN")
                        .param("size", "500")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        ledger.breakOverdue(); // a second sweep, by hand, must not break it again
        assertThat(brokenEventsHeard(id))
                .as("PromiseBroken events for the promise after a second sweep, by listener")
                .isNotEmpty()
                .allSatisfy((listener, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void checksRacingEachOtherBreakAPromiseExactlyOnce() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Raúl Soto"));
        long id = fixtures.promise(caseId, "UPDATE", clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        int racers = 4;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return ledger.breakOverdue();
                }));
            }
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        mvc.perform(get("/api/v1/promises/" + id).with(ADMIN))
                .andExpect(jsonPath("$.status").value("BROKEN"));
        assertThat(brokenEventsHeard(id))
                .as("PromiseBroken events for the promise, by listener")
                .isNotEmpty()
                .allSatisfy((listener, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void aPromiseToAProspectShowsInTheDayAndTheListsAndBreaksOnceWithoutLettingACustomerDown() throws Exception {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        PromiseParty prospect = PromiseParty.outside(
                "sales", "P-" + marker, "Ferretería Nueva " + marker, "/sales/prospects/" + marker);
        long id = outsidePromises.make(
                prospect,
                PromiseKind.CALL_BACK,
                clock.instant().plus(Duration.ofHours(1)),
                "Te llamo el jueves",
                "admin");

        mvc.perform(get("/api/v1/promises/" + id).with(ADMIN))
                .andExpect(jsonPath("$.customerId").doesNotExist())
                .andExpect(jsonPath("$.party.module").value("sales"))
                .andExpect(jsonPath("$.party.id").value("P-" + marker))
                .andExpect(jsonPath("$.party.name").value("Ferretería Nueva " + marker))
                .andExpect(jsonPath("$.party.link").value("/sales/prospects/" + marker));
        String link = "href=\"/sales/prospects/" + marker + "\"";
        mvc.perform(get("/service").with(ADMIN_PAGES).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ferretería Nueva " + marker)))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/service/my-day/section").with(ADMIN_PAGES).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/service/promises")
                        .param("status", "PENDING")
                        .param("owner", "admin")
                        .with(ADMIN_PAGES)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ferretería Nueva " + marker)))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/service/promises/export.csv")
                        .param("status", "PENDING")
                        .param("owner", "admin")
                        .with(ADMIN_PAGES))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ferretería Nueva " + marker)));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/v1/promises/" + id).with(ADMIN))
                        .andExpect(jsonPath("$.status").value("BROKEN")));
        ledger.breakOverdue();
        // Every listener was handed the broken promise once and finished with it: retention's
        // let-downs listener too, which has no customer to lower and must not fail for lack of one.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(unfinishedBrokenEvents(id)).isZero());
        assertThat(brokenEventsHeard(id))
                .as("PromiseBroken events for the prospect's promise, by listener")
                .isNotEmpty()
                .allSatisfy((listener, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void aProspectsPendingPromisesAreWithdrawnAndTheOthersStay() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        PromiseParty prospect =
                PromiseParty.outside("sales", "W-" + marker, "Taller " + marker, "/sales/prospects/" + marker);
        PromiseParty other =
                PromiseParty.outside("sales", "X-" + marker, "Otro " + marker, "/sales/prospects/x" + marker);
        Instant due = clock.instant().plus(Duration.ofDays(2));
        long first = outsidePromises.make(prospect, PromiseKind.CALL_BACK, due, null, "admin");
        long second = outsidePromises.make(prospect, PromiseKind.VISIT, due, null, "admin");
        long kept = outsidePromises.make(prospect, PromiseKind.CALL_BACK, due, null, "admin");
        long others = outsidePromises.make(other, PromiseKind.CALL_BACK, due, null, "admin");
        outsidePromises.keep(kept);

        assertThat(outsidePromises.cancelFor(prospect)).isEqualTo(2);

        assertThat(jdbc.sql("SELECT id FROM service_promise WHERE id IN (:ids)")
                        .param("ids", List.of(first, second, kept, others))
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(kept, others);
        assertThat(outsidePromises.cancelFor(prospect)).isZero();
    }

    @Test
    void refusesAnOutsidePartyWithoutANameOrWithAnotherSitesPage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PromiseParty.outside("sales", "P-1", " ", "/sales/prospects/1"))
                .isInstanceOf(org.clientela.platform.InvalidInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PromiseParty.outside("sales", "P-1", "Ana", "https://elsewhere.example/p"))
                .isInstanceOf(org.clientela.platform.InvalidInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PromiseParty.outside("sales", "P-1", "Ana", "//elsewhere.example/p"))
                .isInstanceOf(org.clientela.platform.InvalidInputException.class);
    }

    /** Publications of the promise's PromiseBroken that a listener has not finished yet. */
    long unfinishedBrokenEvents(long promiseId) {
        return jdbc
                .sql("SELECT completion_date, serialized_event FROM event_publication WHERE event_type = :type")
                .param("type", PromiseBroken.class.getName())
                .query((rs, n) -> Map.entry(
                        rs.getTimestamp(1) == null,
                        json.readTree(rs.getString(2)).get("promiseId").asLong()))
                .list()
                .stream()
                .filter(row -> row.getValue() == promiseId && row.getKey())
                .count();
    }
}
