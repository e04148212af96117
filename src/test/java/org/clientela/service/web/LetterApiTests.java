package org.clientela.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clientela.platform.SettingsStore;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reply letters over the API against the real database (H2 and PostgreSQL twins) and a real SMTP
 * server: checking, drafting, the second person's approval, sending.
 */
abstract class LetterApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCases cases;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String author = "a" + marker;
    final String viewer = "v" + marker;
    RequestPostProcessor asAuthor;
    RequestPostProcessor asViewer;

    @BeforeEach
    void users(@Autowired SettingsStore settings) throws Exception {
        TestMailServer.useIn(settings);
        asAuthor = user(author, "SERVICE");
        asViewer = user(viewer, "VIEWER");
    }

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    RequestPostProcessor user(String name, String role) throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"username":"%s","password":"%s","displayName":"Test","roles":["%s"]}""".formatted(name, PASSWORD, role)))
                .andExpect(status().isCreated());
        return httpBasic(name, PASSWORD);
    }

    /** A signed-in session for the pages, which take no HTTP Basic. */
    static RequestPostProcessor signedIn(String name) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(name)
                .roles("SERVICE");
    }

    long customer(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Marta Ruiz " + marker + "\",\"kind\":\"PERSON\""
                                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    ResultActions draft(long caseId, RequestPostProcessor as) throws Exception {
        return mvc.perform(json(post("/api/v1/cases/" + caseId + "/letters").with(as), """
                {"language":"es","subject":"Su pedido %s","template":"COMPLAINT_REPLY",
                 "text":"Estimada Sra. Ruiz:\\nLe escribo para resolver lo de su pedido. Le devolvemos el importe.\\nLlámeme al 922 123 456."}
                """.formatted(marker)));
    }

    long draftedLetter(long customerId) throws Exception {
        long caseId = cases.open(customerId, "Pedido roto").caseId();
        String body = draft(caseId, asAuthor)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void checksALetterInItsOwnLanguageWhateverTheReadersLanguage() throws Exception {
        mvc.perform(json(post("/api/v1/letters/check").with(asViewer).header("Accept-Language", "en"), """
                {"language":"es","text":"Por medio de la presente le comunicamos que nuestra empresa ha revisado su caso."}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps", hasSize(7)))
                .andExpect(jsonPath("$.steps[1].step").value("PURPOSE"))
                .andExpect(jsonPath("$.steps[1].passed").value(false))
                .andExpect(jsonPath("$.steps[4].step").value("CONVERSATIONAL"))
                .andExpect(jsonPath("$.steps[4].passed").value(false))
                .andExpect(jsonPath("$.steps[4].advice").value(containsString("«por medio de la presente»")))
                .andExpect(jsonPath("$.steps[6].step").value("REVIEWED"))
                .andExpect(jsonPath("$.steps[6].passed").value(false))
                .andExpect(jsonPath("$.steps[6].advice").value(containsString("compañero")));

        mvc.perform(json(post("/api/v1/letters/check").with(asViewer).header("Accept-Language", "es"), """
                {"language":"en","text":"Dear Tom,\\nThank you for your order. Here is a voucher for you.\\nUse the code THANKS before May."}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[?(@.passed == true)].step")
                        .value(org.hamcrest.Matchers.contains(
                                "FILLED_IN",
                                "PURPOSE",
                                "READER_BENEFIT",
                                "READER_FOCUS",
                                "CONVERSATIONAL",
                                "CALL_TO_ACTION")))
                .andExpect(jsonPath("$.steps[3].advice")
                        .value("It speaks of the reader 3 times and of the company "
                                + "0: the focus is on the reader."))
                .andExpect(jsonPath("$.steps[6].advice").value(containsString("colleague")));
    }

    @Test
    void refusesToCheckALanguageItDoesNotSpeak() throws Exception {
        mvc.perform(json(post("/api/v1/letters/check").with(asViewer), "{\"language\":\"fr\",\"text\":\"Bonjour\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(json(post("/api/v1/letters/check").with(asViewer), "{\"text\":\"Hola\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post("/api/v1/letters/check"), "{\"language\":\"es\",\"text\":\"Hola\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aLetterIsSentOnlyAfterSomeoneElseApprovedItAndReachesTheCustomer() throws Exception {
        String email = "marta." + marker + "@example.es";
        long letter = draftedLetter(customer(email));

        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_APPROVED"));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(asAuthor))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("OWN_LETTER"));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(asViewer))
                .andExpect(status().isForbidden());
        assertThat(TestMailServer.receivedBy(email)).isEmpty();

        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("admin"))
                .andExpect(jsonPath("$.steps[6].passed").value(true))
                .andExpect(jsonPath("$.steps[6].advice").value(containsString("Admin")));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN)).andExpect(status().isConflict());

        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.sentTo").value(email))
                .andExpect(jsonPath("$.sentAt").isNotEmpty());

        assertThat(TestMailServer.receivedBy(email)).singleElement().satisfies((MimeMessage m) -> {
            assertThat(m.getSubject()).isEqualTo("Su pedido " + marker);
            assertThat(((String) m.getContent()).strip())
                    .startsWith("Estimada Sra. Ruiz:")
                    .contains("Llámeme al");
            // Like every e-mail to a customer, a one-click way out of offers by e-mail (RFC 8058).
            assertThat(m.getHeader("List-Unsubscribe")[0]).matches("<https?://[^>]+/u/[A-Za-z0-9_-]{43}>");
            assertThat(m.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        });
        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ALREADY_SENT"));
        mvc.perform(json(put("/api/v1/letters/" + letter).with(asAuthor), "{\"subject\":\"x\",\"text\":\"y\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'letter' AND entity_id = :id")
                        .param("id", String.valueOf(letter))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void simultaneousSendsOfOneApprovedLetterSendExactlyOneEmail() throws Exception {
        String email = "race." + marker + "@example.es";
        long letter = draftedLetter(customer(email));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN)).andExpect(status().isOk());

        // Half the racers press the page's button, half call the API; all start at the same moment.
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<MvcResult> results = new ArrayList<>();
        try {
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                MockHttpServletRequestBuilder request = i % 2 == 0
                        ? post("/api/v1/letters/" + letter + "/send").with(asAuthor)
                        : post("/service/letters/" + letter + "/send")
                                .with(signedIn(author))
                                .with(csrf());
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request.header("Accept-Language", "en")).andReturn();
                }));
            }
            for (Future<MvcResult> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        List<MockHttpServletResponse> api = results.stream()
                .map(MvcResult::getResponse)
                .filter(r -> r.getStatus() != 302)
                .toList();
        List<MvcResult> page =
                results.stream().filter(r -> r.getResponse().getStatus() == 302).toList();
        assertThat(api).hasSize(racers / 2);
        assertThat(page).hasSize(racers / 2);
        long apiSent = api.stream().filter(r -> r.getStatus() == 200).count();
        long pageSent = page.stream()
                .filter(r -> "service.letters.flash.sent".equals(r.getFlashMap().get("flash")))
                .count();
        assertThat(apiSent + pageSent).isEqualTo(1);
        assertThat(api).filteredOn(r -> r.getStatus() != 200).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(409);
            assertThat(r.getContentType()).isEqualTo("application/problem+json");
            assertThat((String) JsonPath.read(r.getContentAsString(), "$.reason"))
                    .isIn("BEING_SENT", "ALREADY_SENT");
        });
        assertThat(page)
                .filteredOn(r -> r.getFlashMap().get("flash") == null)
                .allSatisfy(r ->
                        assertThat((String) r.getFlashMap().get("letterError")).containsAnyOf("right now", "was sent"));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> !TestMailServer.receivedBy(email).isEmpty());
        assertThat(TestMailServer.receivedBy(email)).hasSize(1);
        mvc.perform(get("/api/v1/letters/" + letter).with(asViewer))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.sentTo").value(email));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'letter' AND entity_id = :id"
                                + " AND action = 'LETTER_SENT'")
                        .param("id", String.valueOf(letter))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aLetterBeingSentCannotBeSentEditedOrApprovedMeanwhile() throws Exception {
        String email = "busy." + marker + "@example.es";
        long letter = draftedLetter(customer(email));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN)).andExpect(status().isOk());
        // What another request's claim leaves in the table while it talks to the SMTP server.
        jdbc.sql("UPDATE service_letter SET status = 'SENDING', version = version + 1 WHERE id = :id")
                .param("id", letter)
                .update();

        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor).header("Accept-Language", "es"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("BEING_SENT"))
                .andExpect(jsonPath("$.detail").value(containsString("no se enviará dos veces")));
        mvc.perform(post("/service/letters/" + letter + "/send")
                        .with(signedIn(author))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat((String) result.getFlashMap().get("letterError"))
                        .contains("right now"));
        mvc.perform(json(put("/api/v1/letters/" + letter).with(asAuthor), "{\"subject\":\"x\",\"text\":\"y\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("BEING_SENT"));
        assertThat(TestMailServer.receivedBy(email)).isEmpty();
        mvc.perform(get("/api/v1/letters/" + letter).with(asViewer))
                .andExpect(jsonPath("$.status").value("SENDING"));
    }

    @Test
    void editingAnApprovedLetterTakesTheApprovalAwayAndStaleEditsConflict() throws Exception {
        long letter = draftedLetter(customer("e" + marker + "@example.es"));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN)).andExpect(status().isOk());
        long version = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/letters/" + letter).with(asViewer))
                                .andExpect(jsonPath("$.status").value("APPROVED"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();

        mvc.perform(json(put("/api/v1/letters/" + letter).with(asAuthor), """
                {"subject":"Otro asunto","text":"Le escribo para otra cosa.","version":%d}""".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.approvedBy").doesNotExist())
                .andExpect(jsonPath("$.steps[6].passed").value(false));
        mvc.perform(json(put("/api/v1/letters/" + letter).with(asAuthor), """
                {"subject":"Tarde","text":"Otra vez.","version":%d}""".formatted(version)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor)).andExpect(status().isConflict());
    }

    @Test
    void aCustomerWithoutEmailGetsAClearAnswerAndTheLetterStaysApproved() throws Exception {
        long letter = draftedLetter(customer(null));
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor).header("Accept-Language", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no tiene correo electrónico")));
        mvc.perform(get("/api/v1/letters/" + letter).with(asViewer))
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void whenTheMailServerRefusesTheLetterStaysApprovedAndSaysWhy() throws Exception {
        long customerId = customer("ok" + marker + "@example.es");
        // An address the SMTP client cannot use (written into the table, bypassing the form's checks).
        jdbc.sql("UPDATE customer SET email = 'roto@@' WHERE id = :id")
                .param("id", customerId)
                .update();
        long letter = draftedLetter(customerId);
        mvc.perform(post("/api/v1/letters/" + letter + "/approve").with(ADMIN)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(asAuthor))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.reason").value("SEND_FAILED"));
        mvc.perform(get("/api/v1/letters/" + letter).with(asViewer))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.lastSendError").isNotEmpty());
    }

    @Test
    void validatesDraftsAndRefusesReadersAndUnknownCases() throws Exception {
        long caseId = cases.open(customer(null), "Duda").caseId();
        mvc.perform(json(
                        post("/api/v1/cases/" + caseId + "/letters").with(asAuthor),
                        "{\"language\":\"de\",\"subject\":\" \",\"text\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("language", "subject", "text")));
        mvc.perform(json(
                        post("/api/v1/cases/" + caseId + "/letters").with(asAuthor),
                        "{\"language\":\"es\",\"subject\":\"%s\",\"text\":\"Hola\"}".formatted("x".repeat(201))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        draft(caseId, asViewer).andExpect(status().isForbidden());
        draft(999_999_999L, asAuthor).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/letters/999999999").with(asViewer)).andExpect(status().isNotFound());
    }

    @Test
    void fillsATemplateFromTheCase() throws Exception {
        var opened = cases.open(customer(null), "Sofá con una pata rota");
        long caseId = opened.caseId();
        mvc.perform(get("/api/v1/cases/" + caseId + "/letters/template")
                        .param("kind", "APOLOGY_WITH_REMEDY")
                        .param("language", "es")
                        .with(asAuthor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Le pedimos disculpas: Sofá con una pata rota"))
                .andExpect(jsonPath("$.text").value(containsString("Estimado/a Marta Ruiz " + marker + ":")))
                .andExpect(jsonPath("$.text").value(containsString(opened.reference())));
    }

    @Test
    void theTemplateIsSignedWithTheWritersNameAndRoleInTheLettersLanguageNotTheirLogin() throws Exception {
        long caseId = cases.open(customer(null), "Silla coja").caseId();
        String login = "ag" + marker;
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"username":"%s","password":"%s","displayName":"Ana Gómez %s","roles":["SERVICE","VIEWER"]}""".formatted(login, PASSWORD, marker)))
                .andExpect(status().isCreated());
        RequestPostProcessor ana = httpBasic(login, PASSWORD);

        String es = JsonPath.read(
                mvc.perform(get("/api/v1/cases/" + caseId + "/letters/template")
                                .param("kind", "COMPLAINT_REPLY")
                                .param("language", "es")
                                .with(ana)
                                .header("Accept-Language", "en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.text");
        assertThat(es)
                .endsWith("Un saludo,\nAna Gómez " + marker + "\nAtención al cliente\nClientela")
                .doesNotContain(login);
        String en = JsonPath.read(
                mvc.perform(get("/api/v1/cases/" + caseId + "/letters/template")
                                .param("kind", "THANKS")
                                .param("language", "en")
                                .with(ana))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.text");
        assertThat(en)
                .contains("\nAna Gómez " + marker + "\nCustomer service\nClientela")
                .doesNotContain(login);
    }
}
