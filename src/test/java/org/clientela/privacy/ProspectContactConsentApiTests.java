package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.ContactPermission.Purpose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people at a prospect, on H2 and PostgreSQL: each keeps their id while the prospect is edited
 * (one removed goes, a new one or one claiming another prospect's person is inserted anew), has
 * consents of their own over the API with the prospect's roles and seller rule, is sent nothing
 * until they say yes, and their consents are in the prospect's export and erasure.
 */
abstract class ProspectContactConsentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactPermission permission;

    final String marker = "pc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final RequestPostProcessor ana = user("ana" + marker).roles("SALES");
    final RequestPostProcessor bea = user("bea" + marker).roles("SALES");
    final RequestPostProcessor manager = user("m" + marker).roles("MANAGER");
    final RequestPostProcessor admin = user("a" + marker).roles("ADMIN");
    final RequestPostProcessor viewer = user("v" + marker).roles("VIEWER");

    /** A prospect of {@code seller} with two people; answers its JSON. */
    String prospectWithPeople(RequestPostProcessor seller) throws Exception {
        return mvc.perform(post("/api/v1/prospects")
                        .with(seller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Posible %s %s","contacts":[
                                  {"name":"Rosa %s","email":"rosa.%s@example.es"},
                                  {"name":"Luis %s","phone":"922000111"}]}""".formatted(marker, UUID.randomUUID(), marker, marker, marker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contacts[0].id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    ResultActions record(long personId, RequestPostProcessor who, String status, String text) throws Exception {
        return mvc.perform(post("/api/v1/prospect-contacts/{id}/consents", personId)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"channel":"EMAIL","purpose":"MARKETING","status":"%s","source":"PHONE","text":"%s"}""".formatted(status, text)));
    }

    @Test
    void aPersonAtAProspectKeepsTheirIdAndConsentsAcrossEdits() throws Exception {
        String json = prospectWithPeople(ana);
        long prospect = id(json, "$.id");
        long rosa = id(json, "$.contacts[0].id");
        long luis = id(json, "$.contacts[1].id");
        long someoneElses = id(prospectWithPeople(bea), "$.contacts[0].id");
        String text = "¿Te enviamos ofertas por e-mail? " + marker;

        assertThat(permission.allows(Person.prospectContact(rosa), Channel.EMAIL, Purpose.MARKETING))
                .as("a person at a prospect never asked is sent nothing")
                .isFalse();
        record(rosa, ana, "GRANTED", text)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("GRANTED"))
                .andExpect(jsonPath("$.recordedBy").value("ana" + marker));
        assertThat(permission.allows(Person.prospectContact(rosa), Channel.EMAIL, Purpose.MARKETING))
                .isTrue();
        assertThat(permission.allows(Person.prospect(prospect), Channel.EMAIL, Purpose.MARKETING))
                .as("the person's yes is theirs, not the prospect's")
                .isFalse();

        // Rosa renamed and moved last, Luis removed, a new person, and one claiming bea's person's id.
        mvc.perform(put("/api/v1/prospects/{id}", prospect)
                        .with(ana)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"name":"Posible %s","contacts":[
                                  {"name":"Nueva %s"},
                                  {"id":%d,"name":"Intrusa %s"},
                                  {"id":%d,"name":"Rosa María %s","email":"rosa.%s@example.es"}]}""".formatted(
                                id(json, "$.version"), marker, marker, someoneElses, marker, rosa, marker, marker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[2].id").value(rosa))
                .andExpect(jsonPath("$.contacts[2].name").value("Rosa María " + marker));
        String read = mvc.perform(get("/api/v1/prospects/{id}", prospect).with(ana))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(read, "$.contacts[*].id");
        assertThat(ids).extracting(Number::longValue).hasSize(3).contains(rosa).doesNotContain(luis, someoneElses);
        assertThat(jdbc.sql("SELECT prospect_id FROM sales_prospect_contact WHERE id = :id")
                        .param("id", someoneElses)
                        .query(Long.class)
                        .single())
                .as("bea's person stays bea's")
                .isNotEqualTo(prospect);

        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", rosa).with(ana))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person").value("PROSPECT_CONTACT"))
                .andExpect(jsonPath("$.id").value(rosa))
                .andExpect(jsonPath("$.current.length()").value(10))
                .andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.history[0].text").value(text));
        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", luis).with(ana))
                .andExpect(status().isNotFound());
        record(luis, ana, "GRANTED", text).andExpect(status().isNotFound());
    }

    @Test
    void rolesAndTheSellerRuleAreTheProspectsOnes() throws Exception {
        long rosa = id(prospectWithPeople(ana), "$.contacts[0].id");
        String text = "¿Ofertas? " + marker;

        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", rosa).with(bea))
                .andExpect(status().isNotFound());
        record(rosa, bea, "GRANTED", text).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", rosa).with(viewer))
                .andExpect(status().isOk());
        record(rosa, viewer, "GRANTED", text).andExpect(status().isForbidden());
        record(rosa, manager, "REFUSED", text).andExpect(status().isCreated());
        record(rosa, ana, "GRANTED", text).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", rosa)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", Long.MAX_VALUE - 3)
                        .with(manager))
                .andExpect(status().isNotFound());
        record(rosa, ana, "NOT_ASKED", text)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/prospect-contacts/{id}/consents", rosa).with(ana))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void theProspectsExportAndErasureCarryTheirPeoplesConsents() throws Exception {
        String json = prospectWithPeople(ana);
        long prospect = id(json, "$.id");
        long rosa = id(json, "$.contacts[0].id");
        String text = "Acepto ofertas por e-mail " + marker;
        record(rosa, ana, "GRANTED", text).andExpect(status().isCreated());

        byte[] zip = mvc.perform(
                        get("/api/v1/prospects/{id}/personal-data", prospect).with(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String consents = PersonConsentApiTests.entry(zip, "consents.json");
        List<String> kinds = JsonPath.read(consents, "$[*].person_kind");
        List<Number> people = JsonPath.read(consents, "$[*].person_id");
        assertThat(kinds).containsExactly("PROSPECT_CONTACT");
        assertThat(people).extracting(Number::longValue).containsExactly(rosa);
        assertThat(consents).contains(text);

        mvc.perform(post("/api/v1/prospects/{id}/erasure", prospect)
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dryRun\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.table == 'privacy_consent_current')].rows")
                        .value(1));
        assertThat(permission.allows(Person.prospectContact(rosa), Channel.EMAIL, Purpose.MARKETING))
                .as("a dry run changes nothing")
                .isTrue();

        mvc.perform(post("/api/v1/prospects/{id}/erasure", prospect)
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dryRun\":false}"))
                .andExpect(status().isOk());
        assertThat(permission.allows(Person.prospectContact(rosa), Channel.EMAIL, Purpose.MARKETING))
                .as("the person is gone, and so is their yes")
                .isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM privacy_consent_current WHERE person_kind = 'PROSPECT_CONTACT'"
                                + " AND person_id = :id")
                        .param("id", rosa)
                        .query(Long.class)
                        .single())
                .isZero();
        String after = PersonConsentApiTests.entry(
                mvc.perform(get("/api/v1/prospects/{id}/personal-data", prospect)
                                .with(manager))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                "consents.json");
        assertThat(after).as("what they were asked and said stays on record").contains(text);
    }

    @Test
    void aWonProspectsPeoplesConsentsBelongToTheCustomerItBecame() throws Exception {
        String json = prospectWithPeople(ana);
        long prospect = id(json, "$.id");
        long rosa = id(json, "$.contacts[0].id");
        record(rosa, ana, "GRANTED", "Sí " + marker).andExpect(status().isCreated());

        mvc.perform(post("/api/v1/prospects/{id}/activities", prospect)
                        .with(ana)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WON\",\"minutes\":4,\"amount\":1200,\"note\":\"Firmado\"}"))
                .andExpect(status().isCreated());
        Long customer = jdbc.sql("SELECT customer_id FROM sales_prospect WHERE id = :id")
                .param("id", prospect)
                .query(Long.class)
                .single();
        assertThat(customer).isNotNull();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                                SELECT customer_id FROM privacy_consent_event
                                 WHERE person_kind = 'PROSPECT_CONTACT' AND person_id = :id""")
                        .param("id", rosa)
                        .query(Long.class)
                        .optional()
                        .filter(customer::equals)
                        .isPresent());
    }
}
