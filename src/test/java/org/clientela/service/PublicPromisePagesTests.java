package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Public promises on H2 and PostgreSQL: measured by the database's counts over windows far in
 * the past (so that no other test's orders or cases fall into them), the heat map, the API's
 * answers to bad input and edit conflicts, and the page with its form.
 */
abstract class PublicPromisePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fixtures;
    int sequence;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    private static MockHttpServletRequestBuilder in(MockHttpServletRequestBuilder request, String language) {
        return request.header("Accept-Language", language);
    }

    private long promise(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/service/public-promises")
                        .with(ServiceFixtures.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ServiceFixtures.id(body);
    }

    private void orders(long customerId, LocalDate ordered, Integer daysToDeliver, int n) {
        for (int i = 0; i < n; i++) {
            jdbc.sql("""
                    INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                        created_at, delivered_on)
                    VALUES (:number, :customer, :ordered, 'EUR', 10, 0, :now, :delivered)""")
                    .param("number", fixtures.marker + "-" + (++sequence))
                    .param("customer", customerId)
                    .param("ordered", Date.valueOf(ordered))
                    .param("now", Timestamp.from(Instant.now()))
                    .param("delivered", daysToDeliver == null ? null : Date.valueOf(ordered.plusDays(daysToDeliver)))
                    .update();
        }
    }

    private void contact(String channel, String openedAt, String toldAt) {
        String reference = fixtures.marker + "-" + (++sequence);
        jdbc.sql("""
                INSERT INTO service_case (reference, customer_id, case_type, channel, priority, status, subject,
                    update_every_days, opened_at, opened_by, updated_at, version)
                VALUES (:reference, 1, 'QUESTION', :channel, 'NORMAL', 'OPEN', 'Pregunta', 2, :opened, 'ana', :opened, 0)""")
                .param("reference", reference)
                .param("channel", channel)
                .param("opened", Timestamp.from(Instant.parse(openedAt)))
                .update();
        if (toldAt != null) {
            long id = jdbc.sql("SELECT id FROM service_case WHERE reference = :reference")
                    .param("reference", reference)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO service_case_note (case_id, position, kind, body, author, written_at)
                    VALUES (:id, 0, 'TOLD_CUSTOMER', 'Respondido', 'ana', :told)""")
                    .param("id", id)
                    .param("told", Timestamp.from(Instant.parse(toldAt)))
                    .update();
        }
    }

    private void callBack(String madeAt, String keptAt) {
        Instant made = Instant.parse(madeAt);
        jdbc.sql("""
                INSERT INTO service_promise (customer_id, kind, owner_username, status, made_at, due_at, kept_at,
                    promised_days, actual_days)
                VALUES (1, 'CALL_BACK', 'ana', 'KEPT', :made, :made, :kept, 0, 0)""")
                .param("made", Timestamp.from(made))
                .param("kept", Timestamp.from(Instant.parse(keptAt)))
                .update();
    }

    @Test
    void aDeliveryPromiseIsMeasuredOnTheOrdersDeliveryDaysAndSaysSoInBothLanguages() throws Exception {
        long customer = fixtures.customer("Entregas");
        LocalDate monday = LocalDate.of(2003, 3, 10);
        orders(customer, monday, 2, 18);
        orders(customer, monday, 3, 2);
        orders(customer, monday, 8, 5);
        orders(customer, monday, null, 3);
        long id = promise("""
                {"kind":"DELIVERY_TIME","statement":"Entrega en 3 días %s","targetAmount":3,"targetUnit":"DAYS",
                 "publishedIn":["WEB"]}""".formatted(fixtures.marker));

        mvc.perform(in(get("/api/v1/service/public-promises/" + id), "es")
                        .param("days", "30")
                        .param("until", "2003-03-31")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurement.measured").value(25))
                .andExpect(jsonPath("$.measurement.kept").value(20))
                .andExpect(jsonPath("$.measurement.keptPercent").value(80))
                .andExpect(jsonPath("$.measurement.median").value(2.0))
                .andExpect(jsonPath("$.measurement.p90").value(8.0))
                .andExpect(jsonPath("$.measurement.notMeasured").value(3))
                .andExpect(jsonPath("$.measurement.category").value("MOSTLY"))
                .andExpect(jsonPath("$.measurement.verdict")
                        .value(startsWith("Prometemos entregar en 3 días; el 80 % "
                                + "de los 25 pedidos llegó a tiempo; la mitad tardó 2 días o menos y el 90 %, 8 días o menos. "
                                + "No se cuentan 3 pedidos sin fecha de entrega. Revisa hoy los 5 pedidos")));
        mvc.perform(in(get("/api/v1/service/public-promises/" + id), "en")
                        .param("days", "30")
                        .param("until", "2003-03-31")
                        .with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.measurement.verdict")
                        .value(startsWith(
                                "We promise delivery within 3 days; 80 % " + "of the 25 orders arrived in time")));

        // The week before: no orders, so no figures at all.
        mvc.perform(in(get("/api/v1/service/public-promises/" + id), "es")
                        .param("days", "7")
                        .param("until", "2003-03-09")
                        .with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.measurement.measured").value(0))
                .andExpect(jsonPath("$.measurement.enoughData").value(false))
                .andExpect(jsonPath("$.measurement.keptPercent").doesNotExist())
                .andExpect(jsonPath("$.measurement.median").doesNotExist())
                .andExpect(jsonPath("$.measurement.verdict").value(startsWith("Aún no se puede juzgar")));
    }

    @Test
    void firstAnswersAreCountedInWorkingHoursAndTheHeatMapShowsWhenContactsArrive() throws Exception {
        // Monday 1 March 2004, 10:00 in the Canaries (UTC in winter).
        for (int i = 0; i < 16; i++) {
            contact("EMAIL", "2004-03-01T10:00:00Z", "2004-03-01T12:00:00Z");
        }
        for (int i = 0; i < 4; i++) {
            contact("EMAIL", "2004-03-01T10:00:00Z", "2004-03-02T16:00:00Z");
        }
        contact("EMAIL", "2004-03-01T10:00:00Z", null);
        contact("PHONE", "2004-03-06T11:30:00Z", null);
        long id = promise("""
                {"kind":"FIRST_RESPONSE","statement":"Respondemos en 4 horas %s","targetAmount":4,
                 "targetUnit":"WORKING_HOURS","channel":"EMAIL","publishedIn":["WEB","CATALOGUE"]}""".formatted(fixtures.marker));

        mvc.perform(in(get("/api/v1/service/public-promises/" + id), "es")
                        .param("days", "7")
                        .param("until", "2004-03-07")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurement.measured").value(21))
                .andExpect(jsonPath("$.measurement.kept").value(16))
                .andExpect(jsonPath("$.measurement.keptPercent").value(76))
                .andExpect(jsonPath("$.measurement.median").value(2.0))
                .andExpect(jsonPath("$.measurement.p90").value(15.0))
                .andExpect(jsonPath("$.measurement.category").value("BROKEN"))
                .andExpect(jsonPath("$.measurement.verdict")
                        .value(containsString("cambia lo publicado en la web y el catálogo a 15 horas laborables")));

        mvc.perform(in(get("/api/v1/service/contact-hours"), "es")
                        .param("days", "7")
                        .param("until", "2004-03-07")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(22))
                .andExpect(jsonPath("$.outside").value(1))
                .andExpect(jsonPath("$.outsidePercent").value(5))
                .andExpect(jsonPath("$.days[0].day").value("MONDAY"))
                .andExpect(jsonPath("$.days[0].contacts[10]").value(21))
                .andExpect(jsonPath("$.days[0].contacts[9]").value(0))
                .andExpect(jsonPath("$.days[0].open[9]").value(true))
                .andExpect(jsonPath("$.days[5].contacts[11]").value(1))
                .andExpect(jsonPath("$.days[5].open[11]").value(false))
                .andExpect(jsonPath("$.summary")
                        .value(containsString("De los 22 contactos de estos 7 días, 1 (5 %) "
                                + "llegaron fuera del horario de apertura")))
                .andExpect(jsonPath("$.summary").value(containsString("el sábado de 11:00 a 12:00 (1 contacto)")));
        mvc.perform(get("/api/v1/service/contact-hours")
                        .param("days", "7")
                        .param("until", "2004-03-07")
                        .param("channel", "email")
                        .with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.outside").value(0));

        long hours = promise("""
                {"kind":"OPENING_HOURS","statement":"Abiertos de lunes a viernes %s","openingHours":"MON-FRI 09:00-18:00",
                 "publishedIn":["SHOP_WINDOW"]}""".formatted(fixtures.marker));
        mvc.perform(in(get("/api/v1/service/public-promises/" + hours), "en")
                        .param("days", "7")
                        .param("until", "2004-03-07")
                        .with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.measurement.measured").value(22))
                .andExpect(jsonPath("$.measurement.kept").value(21))
                .andExpect(jsonPath("$.measurement.category").value("KEPT"))
                .andExpect(jsonPath("$.measurement.verdict")
                        .value(startsWith("We are open MON-FRI 09:00-18:00; 5 % of "
                                + "the 22 contacts arrived outside those hours. The closed hour with most contacts is Saturday "
                                + "from 11:00 to 12:00 (1 contact).")));
    }

    @Test
    void callBacksAreMeasuredFromTheLedger() throws Exception {
        for (int i = 0; i < 15; i++) {
            callBack("2005-05-02T10:00:00Z", "2005-05-02T11:00:00Z");
        }
        for (int i = 0; i < 5; i++) {
            callBack("2005-05-02T10:00:00Z", "2005-05-02T16:00:00Z");
        }
        long id = promise("""
                {"kind":"CALL_BACK_TIME","statement":"Le llamamos en 4 horas %s","targetAmount":4,"targetUnit":"HOURS",
                 "publishedIn":[]}""".formatted(fixtures.marker));
        mvc.perform(in(get("/api/v1/service/public-promises/" + id), "es")
                        .param("days", "10")
                        .param("until", "2005-05-10")
                        .with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.measurement.measured").value(20))
                .andExpect(jsonPath("$.measurement.keptPercent").value(75))
                .andExpect(jsonPath("$.measurement.median").value(1.0))
                .andExpect(jsonPath("$.measurement.p90").value(6.0))
                .andExpect(jsonPath("$.measurement.verdict")
                        .value(startsWith("Prometemos devolver la llamada en 4 horas; "
                                + "el 75 % de las 20 llamadas prometidas se hizo a tiempo")));
    }

    @Test
    void badInputIsNamedFieldByFieldAndOnlyManagersChangeTheRegister() throws Exception {
        mvc.perform(post("/api/v1/service/public-promises")
                        .with(ServiceFixtures.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"NOPE","statement":"x","targetUnit":"WEEKS","publishedIn":["RADIO"]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'targetUnit')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'publishedIn')]").exists());
        mvc.perform(post("/api/v1/service/public-promises")
                        .with(ServiceFixtures.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"DELIVERY_TIME","statement":" ","targetAmount":0,"targetUnit":"HOURS"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'statement')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'targetAmount')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'targetUnit')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("se conocen por días"))));
        mvc.perform(post("/api/v1/service/public-promises")
                        .with(ServiceFixtures.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"OPENING_HOURS","statement":"Abrimos","openingHours":"siempre"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("openingHours"));
        mvc.perform(post("/api/v1/service/public-promises")
                        .with(ServiceFixtures.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"DELIVERY_TIME","statement":"x","targetAmount":"tres","targetUnit":"DAYS"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetAmount"));
        mvc.perform(get("/api/v1/service/public-promises")
                        .param("days", "0")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/v1/service/contact-hours")
                        .param("until", "ayer")
                        .param("channel", "FAX")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'until')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')]").exists());

        String json = """
                {"kind":"DELIVERY_TIME","statement":"Entrega en 2 días %s","targetAmount":2,"targetUnit":"DAYS"}""".formatted(fixtures.marker);
        mvc.perform(post("/api/v1/service/public-promises")
                        .with(user("s").roles("SERVICE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/service/public-promises")).andExpect(status().isUnauthorized());
        long id = promise(json);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLIC_PROMISE_CREATED' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String change = """
                {"kind":"DELIVERY_TIME","statement":"Entrega en 5 días %s","targetAmount":5,"targetUnit":"DAYS",
                 "active":false,"version":0}""".formatted(fixtures.marker);
        mvc.perform(put("/api/v1/service/public-promises/" + id)
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.targetAmount").value(5));
        mvc.perform(in(put("/api/v1/service/public-promises/" + id), "es")
                        .with(ServiceFixtures.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.detail").value(containsString("ahora va por la versión 1")));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLIC_PROMISE_CHANGED' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePageShowsVerdictsAndTheHeatMapAndManagersEditWithoutOverwritingEachOther() throws Exception {
        long customer = fixtures.customer("Página");
        orders(customer, LocalDate.of(2006, 6, 5), 1, 20);
        contact("WEB", "2006-06-10T21:15:00Z", null);
        mvc.perform(in(get("/service/public-promises"), "es")
                        .param("days", "30")
                        .param("until", "2006-06-30")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heat-map\"")))
                .andExpect(content().string(containsString("De los 1 contactos")))
                .andExpect(content().string(not(containsString("id=\"new-public-promise\""))));

        mvc.perform(in(post("/service/public-promises"), "es")
                        .with(user("m").roles("MANAGER"))
                        .with(csrf())
                        .param("kind", "DELIVERY_TIME")
                        .param("statement", "")
                        .param("targetAmount", "3")
                        .param("targetUnit", "HOURS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Las entregas se conocen por días")));
        mvc.perform(in(post("/service/public-promises"), "es")
                        .with(user("m").roles("MANAGER"))
                        .with(csrf())
                        .param("kind", "DELIVERY_TIME")
                        .param("statement", "Mañana en casa " + fixtures.marker)
                        .param("targetAmount", "1")
                        .param("targetUnit", "DAYS")
                        .param("publishedIn", "WEB")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM service_public_promise WHERE statement = :s")
                .param("s", "Mañana en casa " + fixtures.marker)
                .query(Long.class)
                .single();
        mvc.perform(in(get("/service/public-promises"), "es")
                        .param("days", "30")
                        .param("until", "2006-06-30")
                        .with(user("v").roles("VIEWER")))
                .andExpect(content()
                        .string(containsString(
                                "Prometemos entregar en 1 día; el 100 % de los 20 pedidos " + "llegó a tiempo")));
        mvc.perform(get("/service/public-promises/" + id).with(user("s").roles("SERVICE")))
                .andExpect(status().isForbidden());

        mvc.perform(in(post("/service/public-promises/" + id), "es")
                        .with(user("m").roles("MANAGER"))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "DELIVERY_TIME")
                        .param("statement", "Mañana " + fixtures.marker)
                        .param("targetAmount", "1")
                        .param("targetUnit", "DAYS")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(in(post("/service/public-promises/" + id), "es")
                        .with(user("n").roles("ADMIN"))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "DELIVERY_TIME")
                        .param("statement", "Pasado " + fixtures.marker)
                        .param("targetAmount", "2")
                        .param("targetUnit", "DAYS")
                        .param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Otra persona ha guardado esta promesa")))
                .andExpect(
                        content().string(containsString("Ahora guardada: «Mañana " + fixtures.marker + "», versión 1")))
                .andExpect(content().string(containsString("value=\"Pasado " + fixtures.marker + "\"")));
        assertThat(jdbc.sql("SELECT statement FROM service_public_promise WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Mañana " + fixtures.marker);
    }
}
