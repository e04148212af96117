package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientela.service.ServiceFixtures.ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.ClientelaSettings;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.service.internal.promises.PromisesDue;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The service pages: my day, the case page, the banner, the figures and the public form (H2 and PostgreSQL). */
abstract class ServicePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PromiseLedger ledger;

    @Autowired
    ClientelaSettings settings;

    @Autowired
    TestClock clock;

    ServiceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor es() {
        return request -> {
            request.addHeader("Accept-Language", "es");
            request.setPreferredLocales(java.util.List.of(java.util.Locale.forLanguageTag("es")));
            return request;
        };
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    @Test
    void myDayShowsPromisesDueCustomersOwedNewsAndNewCases() throws Exception {
        long customer = fixtures.customer("Carmen Díaz");
        long caseId = fixtures.complaint(customer);
        fixtures.promise(caseId, "CALL_BACK", Instant.now().plus(Duration.ofHours(1)));
        jdbc.sql("UPDATE service_case SET next_update_due_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minus(Duration.ofHours(3))))
                .param("id", caseId)
                .update();

        mvc.perform(get("/service").with(es()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le llamo " + fixtures.marker)))
                .andExpect(content().string(containsString("Nadie me llama " + fixtures.marker)))
                .andExpect(content().string(containsString("atrasado")));
        mvc.perform(get("/service").with(es()).with(user("somebody-else").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Le llamo " + fixtures.marker))));
    }

    @Test
    void myDayKeepsTomorrowsPromisesApartFromTodays() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Tomás Ojeda"));
        Instant now = Instant.now();
        Instant endOfToday = PromisesDue.endOfToday(now, settings.timeZone());
        // Both in the future whatever the hour: one before the business's midnight, one after it within 24 hours.
        Instant today = now.plus(
                min(Duration.ofHours(1), Duration.between(now, endOfToday).dividedBy(2)));
        Instant tomorrow = endOfToday.plus(min(
                Duration.ofMinutes(1),
                Duration.between(endOfToday, now.plus(Duration.ofHours(24))).dividedBy(2)));
        long todays = fixtures.promise(caseId, "CALL_BACK", today);
        long tomorrows = fixtures.promise(caseId, "CALL_BACK", tomorrow);

        String page = mvc.perform(get("/service").with(es()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vencen después de hoy, hasta el")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String todayTable = table(page, "promises-today");
        String laterTable = table(page, "promises-later");
        assertThat(todayTable)
                .contains("data-promise=\"" + todays + "\"")
                .doesNotContain("data-promise=\"" + tomorrows + "\"");
        assertThat(laterTable)
                .contains("data-promise=\"" + tomorrows + "\"")
                .doesNotContain("data-promise=\"" + todays + "\"");
    }

    @Test
    void aCaseOpenedInTheEveningIsDueNewsWhenWeAreOpen() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Dácil Armas"));
        java.time.ZoneId zone = settings.timeZone();
        // Opened on Tuesday 1 December at 20:13, after closing (MON-FRI 09:00-18:00), news every 2 working days.
        Instant evening =
                java.time.LocalDateTime.parse("2026-12-01T20:13").atZone(zone).toInstant();
        jdbc.sql("UPDATE service_case SET opened_at = :at WHERE id = :id")
                .param("at", Timestamp.from(evening))
                .param("id", caseId)
                .update();
        mvc.perform(patch("/api/v1/cases/" + caseId)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"updateEveryDays\":2}"))
                .andExpect(status().isOk());

        // Not Thursday at 20:13, when nobody is there to call, but Friday when we open.
        Instant friday =
                java.time.LocalDateTime.parse("2026-12-04T09:00").atZone(zone).toInstant();
        assertThat(jdbc.sql("SELECT next_update_due_at FROM service_case WHERE id = :id")
                        .param("id", caseId)
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(friday);
        String shown = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(java.util.Locale.forLanguageTag("es"))
                .format(friday.atZone(zone));
        mvc.perform(get("/service/cases/" + caseId).with(es()).with(user("ana").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"update-due\"")))
                .andExpect(content().string(containsString(shown)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Ana puts up an alert on {@code customer}, through htmx or as a plain form; {@code fields} name, value, … */
    private org.springframework.test.web.servlet.ResultActions alert(long customer, boolean htmx, String... fields)
            throws Exception {
        var request = post("/service/customers/" + customer + "/alerts")
                .with(es())
                .with(user("ana").roles("SERVICE"))
                .with(csrf());
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private static String table(String page, String id) {
        Matcher m = Pattern.compile("<table[^>]*id=\"" + id + "\"[^>]*>(.*?)</table>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("table #" + id).isTrue();
        return m.group(1);
    }

    @Test
    void theCasePageShowsTheBannerAndSaysSoWhenSomeoneElseChangedTheCase() throws Exception {
        long customer = fixtures.customer("Jorge Paz");
        long caseId = fixtures.complaint(customer);
        alert(customer, false, "body", "Pasar sus llamadas a Ana o Luis " + fixtures.marker)
                .andExpect(redirectedUrl("/customers/" + customer));
        // An empty alert is refused as an error (red), not announced in the green of a saved one.
        alert(customer, false, "body", " ")
                .andExpect(redirectedUrl("/customers/" + customer))
                .andExpect(flash().attribute("flashError", "service.alert.body.blank"))
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.nullValue()));
        // Through htmx, as the card on the customer page posts it: the refusal comes back in the card,
        // next to its field, with what was typed; a control character is said there too.
        alert(customer, true, "body", " ", "expiresOn", "2031-05-04")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<details class=\"mt-3\" open=\"open\"")))
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">Escribe el aviso</div>")))
                .andExpect(content().string(containsString("value=\"2031-05-04\"")));
        alert(customer, true, "body", "Llamar\001 antes")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contiene un carácter de control")));
        alert(customer, true, "body", "Prefiere correo " + fixtures.marker)
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/customers/" + customer))
                .andExpect(flash().attribute("flash", "service.alert.saved"));
        mvc.perform(get("/service/panels/banner/" + customer)
                        .with(es())
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pasar sus llamadas a Ana o Luis " + fixtures.marker)))
                .andExpect(content().string(containsString("no le hagas repetir la historia")));
        mvc.perform(get("/service/cases/" + caseId).with(es()).with(user("ana").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/service/panels/banner/" + customer)))
                .andExpect(content().string(containsString("id=\"case-letters\"")));

        // Luis saves first; Ana, who read version 0, is told and keeps what she typed.
        mvc.perform(post("/service/cases/" + caseId)
                        .with(es())
                        .with(user("luis").roles("SERVICE"))
                        .with(csrf())
                        .param("version", "0")
                        .param("subject", "Cambio de Luis")
                        .param("priority", "HIGH")
                        .param("updateEveryDays", "2"))
                .andExpect(redirectedUrl("/service/cases/" + caseId));
        mvc.perform(post("/service/cases/" + caseId)
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("version", "0")
                        .param("subject", "Cambio de Ana")
                        .param("priority", "LOW")
                        .param("updateEveryDays", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("value=\"Cambio de Ana\"")))
                .andExpect(content().string(containsString("Cambio de Luis")));
    }

    @Test
    void aRoutingRuleSendsTheCustomersNewCasesToTheFirstPersonNamed() throws Exception {
        long customer = fixtures.customer("Sr. Quintero");
        mvc.perform(post("/service/customers/" + customer + "/routing")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("usernames", "luis, ana"))
                .andExpect(redirectedUrl("/customers/" + customer));
        long caseId = fixtures.complaint(customer);
        mvc.perform(get("/api/v1/cases/" + caseId).with(ADMIN))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.owner")
                        .value("luis"));
        mvc.perform(get("/service/panels/banner/" + customer)
                        .with(es())
                        .with(user("ana").roles("SERVICE")))
                .andExpect(content().string(containsString("Sus casos van a: luis, ana")));
        // The case and its promise on the customer's timeline.
        fixtures.promise(caseId, "VISIT", Instant.now().plus(Duration.ofDays(2)));
        mvc.perform(get("/customers/" + customer).with(es()).with(user("ana").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("abierto: Nadie me llama " + fixtures.marker)))
                .andExpect(content().string(containsString("Promesa hecha (visita) Le llamo " + fixtures.marker)))
                .andExpect(content().string(containsString("panel-service-banner")));
    }

    @Test
    void viewersReadButCannotWriteAndSalesMayOpenCases() throws Exception {
        long customer = fixtures.customer("Nuria Gómez");
        long caseId = fixtures.complaint(customer);
        mvc.perform(get("/service/cases/" + caseId).with(es()).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(get("/service/cases").with(es()).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(post("/service/cases/" + caseId + "/notes")
                        .with(es())
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("kind", "INTERNAL")
                        .param("body", "hola"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/service/cases")
                        .with(es())
                        .with(user("s").roles("SALES"))
                        .with(csrf())
                        .param("customerId", String.valueOf(customer))
                        .param("type", "REQUEST")
                        .param("channel", "IN_PERSON")
                        .param("subject", "Quiere un presupuesto"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/service/cases")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theNewCaseFormSaysWhatIsMissingNextToTheField() throws Exception {
        long customer = fixtures.customer("Tomás Vidal");
        mvc.perform(post("/service/cases")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("customerId", String.valueOf(customer))
                        .param("type", "COMPLAINT")
                        .param("channel", "PHONE")
                        .param("subject", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elige el motivo de la queja")))
                .andExpect(content().string(containsString("Hace falta este dato")));
        mvc.perform(get("/service/cases/new")
                        .param("customerId", String.valueOf(customer))
                        .with(es())
                        .with(user("ana").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tomás Vidal " + fixtures.marker)));
    }

    @Test
    void resolvingWithAConcessionMovesTheFigures() throws Exception {
        long customer = fixtures.customer("Elena Cruz");
        long caseId = fixtures.complaint(customer);
        String owner = "luis" + fixtures.marker;
        // Promises are owned by users.
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, roles, created_at)
                VALUES (:username, '{noop}x', 'SERVICE', CURRENT_TIMESTAMP)""").param("username", owner).update();
        String kept = mvc.perform(post("/api/v1/cases/" + caseId + "/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL_BACK\",\"dueAt\":\""
                                + Instant.now().plus(Duration.ofHours(2)) + "\",\"owner\":\"" + owner + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/service/promises/" + ServiceFixtures.id(kept) + "/keep")
                        .with(es())
                        .with(user(owner).roles("SERVICE"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Instant due = clock.instant().plus(Duration.ofMinutes(1));
        mvc.perform(post("/api/v1/cases/" + caseId + "/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL_BACK\",\"dueAt\":\"" + due + "\",\"owner\":\"" + owner + "\"}"))
                .andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        ledger.breakOverdue();

        mvc.perform(post("/service/cases/" + caseId + "/concessions")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("kind", "VOUCHER")
                        .param("amount", "25.00")
                        .param("note", "Vale por las molestias"))
                .andExpect(redirectedUrl("/service/cases/" + caseId + "#concessions"));
        mvc.perform(post("/service/cases/" + caseId + "/resolve")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("version", "1")
                        .param("resolution", "IN_FAVOUR"))
                .andExpect(redirectedUrl("/service/cases/" + caseId));
        mvc.perform(get("/api/v1/cases/" + caseId).with(ADMIN))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("RESOLVED"));

        String page = mvc.perform(get("/service/promises")
                        .param("lang", "en")
                        .with(es())
                        .with(user("m").roles("MANAGER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher row = Pattern.compile("<td>" + owner + "</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*"
                        + "<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>([^<]+)</td>")
                .matcher(page);
        assertThat(row.find()).as("a row for " + owner).isTrue();
        assertThat(row.group(1)).isEqualTo("2");
        assertThat(row.group(2)).isEqualTo("1");
        assertThat(row.group(3)).isEqualTo("1");
        assertThat(row.group(5)).isEqualTo("50 %");
        assertThat(page).contains(owner + ": promised 2 call-backs, made 1 in time, missed 1");

        // Once the person is in a team, the team's row sums its people's promises.
        String team = "Mostrador " + fixtures.marker;
        jdbc.sql("UPDATE app_user SET team = :team WHERE username = :username")
                .param("username", owner)
                .param("team", team)
                .update();
        page = mvc.perform(get("/service/promises")
                        .param("lang", "en")
                        .with(es())
                        .with(user("m").roles("MANAGER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher teamRow = Pattern.compile("<td>" + team + "</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*"
                        + "<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>([^<]+)</td>")
                .matcher(page);
        assertThat(teamRow.find()).as("a row for " + team).isTrue();
        assertThat(teamRow.group(1)).isEqualTo("2");
        assertThat(teamRow.group(5)).isEqualTo("50 %");
        assertThat(page).contains("id=\"team-rates-table\"", "No team");
    }

    @Test
    void thePublicFormOpensACaseForAStrangerAndKeepsRobotsOut() throws Exception {
        String address = randomAddress();
        String form = mvc.perform(get("/contact").with(from(address)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        String email = "rosa." + fixtures.marker + "@example.es";

        mvc.perform(post("/contact")
                        .with(from(address))
                        .with(csrf())
                        .param("token", token.group(1))
                        .param("name", "Rosa")
                        .param("email", email)
                        .param("subject", "Horario")
                        .param("message", "¿?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contact-refused\"")));
        mvc.perform(post("/contact")
                        .with(from(address))
                        .with(csrf())
                        .param("token", "1.forged")
                        .param("website", "http://spam.example")
                        .param("name", "Bot")
                        .param("email", email)
                        .param("subject", "Buy")
                        .param("message", "Buy now"))
                .andExpect(content().string(containsString("id=\"contact-refused\"")));

        // The form's minimum fill time, three seconds, passes.
        clock.advance(Duration.ofMillis(3100));
        mvc.perform(post("/contact")
                        .with(from(address))
                        .with(csrf())
                        .param("token", token.group(1))
                        .param("name", "Rosa Llanos")
                        .param("email", email)
                        .param("type", "COMPLAINT")
                        .param("subject", "El pedido llegó roto")
                        .param("message", "La caja venía abierta"))
                .andExpect(redirectedUrl("/contact/thanks"));
        Long cases = jdbc.sql(
                        "SELECT COUNT(*) FROM service_case WHERE subject = 'El pedido llegó roto' AND channel = 'WEB'"
                                + " AND case_type = 'COMPLAINT' AND opened_by = 'web'"
                                + " AND customer_id IN (SELECT id FROM customer WHERE email = :email)")
                .param("email", email)
                .query(Long.class)
                .single();
        assertThat(cases).as("one case, for the stranger who wrote").isEqualTo(1);
        mvc.perform(get("/api/v1/customers")
                        .param("q", "rosa." + fixtures.marker)
                        .with(ADMIN))
                .andExpect(content().string(containsString("Rosa Llanos")))
                .andExpect(content().string(containsString("PROSPECT")));

        // Five messages an hour from one address; the sixth is refused.
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/contact").with(from(address)).with(csrf()).param("token", token.group(1)));
        }
        mvc.perform(post("/contact")
                        .with(from(address))
                        .with(csrf())
                        .param("token", token.group(1))
                        .param("name", "Rosa Llanos")
                        .param("email", email)
                        .param("subject", "Otra")
                        .param("message", "Otra más"))
                .andExpect(status().isTooManyRequests());
    }
}
