package org.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Prospects and campaigns through the API, on H2 and PostgreSQL: creation with the size band and
 * the title to approach, the duplicate check against customers and prospects (strict is a 409),
 * the roles (a seller never reads another seller's prospect), bad input named by field, and a
 * stale version refused.
 */
abstract class SalesApiTests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor ANA = user("ana").roles("SALES");
    static final RequestPostProcessor BEA = user("bea").roles("SALES");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    static final RequestPostProcessor SERVICE = user("sergio").roles("SERVICE");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    static String phone() {
        return "6" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    String created(RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/prospects")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "es")
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long campaign(String strategy) throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Campaña %s","strategy":"%s","startsOn":"2026-01-01"}""".formatted(marker, strategy)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aProspectGetsItsSizeBandAndTheTitleToApproachOfItsCampaign() throws Exception {
        long topDown = campaign("TOP_DOWN");
        String body = created(ANA, """
                {"name":"Talleres %s","sector":"C","employees":30,"taxId":"B12345674","campaignId":%d}""".formatted(marker, topDown));
        assertThat((String) JsonPath.read(body, "$.sizeBand")).isEqualTo("SMALL");
        assertThat((String) JsonPath.read(body, "$.titleToApproach")).isEqualTo("Propietario o presidente");
        assertThat((String) JsonPath.read(body, "$.owner")).isEqualTo("ana");
        assertThat(body).doesNotContain("duplicateOf");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/prospects/{id}", id).with(ANA).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("TARGETED"))
                .andExpect(jsonPath("$.titleToApproach").value("Owner or president"))
                .andExpect(jsonPath("$.research.complete").value(false))
                .andExpect(jsonPath("$.research.total").value(4))
                .andExpect(jsonPath("$.readyToCall").value(false));
        long version = ((Number) JsonPath.read(body, "$.version")).longValue();
        mvc.perform(put("/api/v1/prospects/{id}/research", id)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"contact":"Luis Pérez","business":"Mecanizado","news":"Nueva nave","reason":"Crece"}""".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.research.done").value(4))
                .andExpect(jsonPath("$.research.complete").value(true))
                .andExpect(jsonPath("$.readyToCall").value(true));
    }

    @Test
    void aProspectThatIsAlreadyACustomerSaysSoAndStrictRefusesIt() throws Exception {
        String phone = phone();
        new CustomerFixtures(context).personWithPhone("Ferretería Teide " + marker, "+34 " + phone);
        String body = created(ANA, """
                {"name":"Teide %s","phone":"%s"}""".formatted(marker, phone.substring(0, 3) + "-" + phone.substring(3)));
        assertThat((String) JsonPath.read(body, "$.duplicateOf.type")).isEqualTo("CUSTOMER");
        assertThat((String) JsonPath.read(body, "$.duplicateOf.name")).isEqualTo("Ferretería Teide " + marker);
        assertThat((String) JsonPath.read(body, "$.duplicateOf.message")).startsWith("Ya es cliente: Ferretería Teide");
        long before = count();
        mvc.perform(post("/api/v1/prospects?strict=true")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Otra %s","phone":"%s"}""".formatted(marker, phone)))
                .andExpect(status().isConflict());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSecondProspectWithTheSameEmailIsFoundOnTheList() throws Exception {
        String first = created(ANA, """
                {"name":"Primera %s","email":"Info@%s.es"}""".formatted(marker, marker));
        String second = created(ANA, """
                {"name":"Segunda %s","email":"info@%s.ES"}""".formatted(marker, marker));
        assertThat((String) JsonPath.read(second, "$.duplicateOf.type")).isEqualTo("PROSPECT");
        assertThat(((Number) JsonPath.read(second, "$.duplicateOf.id")).longValue())
                .isEqualTo(((Number) JsonPath.read(first, "$.id")).longValue());
    }

    @Test
    void aSellerCannotReadAnotherSellersProspect() throws Exception {
        long id = ((Number) JsonPath.read(created(ANA, """
                {"name":"Privada %s"}""".formatted(marker)), "$.id")).longValue();
        mvc.perform(get("/api/v1/prospects/{id}", id).with(BEA)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/prospects").param("q", marker).with(BEA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/prospects").param("q", marker).with(ANA))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/prospects/{id}", id).with(MANAGER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/prospects/{id}", id).with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/prospects/{id}", id).with(SERVICE)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prospects/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/prospects")
                        .with(VIEWER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Vista\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSellerCannotGiveAProspectToAnotherSeller() throws Exception {
        mvc.perform(post("/api/v1/prospects")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Regalo %s","owner":"bea"}""".formatted(marker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }

    @Test
    void aWrongTaxIdIsRefusedNamingTaxId() throws Exception {
        mvc.perform(post("/api/v1/prospects")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"name":"Mala %s","taxId":"12345678A"}""".formatted(marker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("taxId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("control")));
        mvc.perform(post("/api/v1/prospects")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s","employees":-3}""".formatted("x".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "employees")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Al revés","strategy":"TOP_DOWN","startsOn":"2026-05-01","endsOn":"2026-04-01"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        assertThat(count()).isZero();
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        String body = created(ANA, """
                {"name":"Versión %s","city":"La Laguna"}""".formatted(marker));
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(put("/api/v1/prospects/{id}", id)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":0,"name":"Versión %s","city":"Santa Cruz"}""".formatted(marker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Santa Cruz"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                                "/api/v1/prospects/{id}", id)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"city\":\"Arona\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/prospects/{id}", id).with(ANA))
                .andExpect(jsonPath("$.city").value("Santa Cruz"));
    }

    @Test
    void campaignsAreListedAndReadByEveryoneInSalesButPlannedOnlyByManagers() throws Exception {
        long id = campaign("BOTTOM_UP");
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(ANA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.strategy").value("BOTTOM_UP"))
                .andExpect(jsonPath("$.status").value("PLANNED"));
        mvc.perform(get("/api/v1/campaigns").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/campaigns")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Mía\",\"strategy\":\"TOP_DOWN\",\"startsOn\":\"2026-01-01\"}"))
                .andExpect(status().isForbidden());
        String body = created(ANA, """
                {"name":"Usuaria %s","employees":5,"campaignId":%d}""".formatted(marker, id));
        assertThat((String) JsonPath.read(body, "$.titleToApproach")).isEqualTo("Jefe de oficina o usuario");
        assertThat((Boolean) JsonPath.read(body, "$.readyToCall")).isTrue();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sales_prospect WHERE name LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }
}
