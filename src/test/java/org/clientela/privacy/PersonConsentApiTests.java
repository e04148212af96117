package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
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
 * Consents of a customer's contact person and of a prospect through the API, on H2 and
 * PostgreSQL: recorded and read back as the customer's are, each person's own (a contact's answer
 * is not the customer's), a contact keeping its consents while the customer is edited, the rule
 * that a prospect never asked is sent nothing, a seller reaching only their own prospects, roles,
 * unknown ids and bad input named by its field, and the customer's export carrying their people's
 * consents.
 */
abstract class PersonConsentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactPermission permission;

    final String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final RequestPostProcessor ana = user("ana" + marker).roles("SALES");
    final RequestPostProcessor bea = user("bea" + marker).roles("SALES");
    final RequestPostProcessor manager = user("m" + marker).roles("MANAGER");
    final RequestPostProcessor viewer = user("v" + marker).roles("VIEWER");
    final RequestPostProcessor service = user("t" + marker).roles("SERVICE");

    static String body(String channel, String purpose, String status, String source, String text) {
        return """
                {"channel":"%s","purpose":"%s","status":"%s","source":"%s","text":"%s"}""".formatted(channel, purpose, status, source, text);
    }

    ResultActions record(String path, long id, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(
                post(path, id).with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A customer with two contact people; answers the customer's JSON. */
    String customerWithContacts() throws Exception {
        return mvc.perform(post("/api/v1/customers")
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"COMPANY","name":"Empresa %s","contacts":[
                                  {"name":"Rosa %s","email":"rosa.%s@example.es"},
                                  {"name":"Luis %s","phone":"922000111"}]}""".formatted(marker, marker, marker, marker)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long prospectOf(RequestPostProcessor seller) throws Exception {
        String json = mvc.perform(post("/api/v1/prospects")
                        .with(seller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Posible %s %s"}""".formatted(marker, UUID.randomUUID())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    static String statusIn(String json, String channel, String purpose) {
        List<Map<String, Object>> current = JsonPath.read(json, "$.current");
        return current.stream()
                .filter(c -> channel.equals(c.get("channel")) && purpose.equals(c.get("purpose")))
                .map(c -> (String) c.get("status"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aContactHasConsentsOfTheirOwnThatOutliveEditsOfTheCustomer() throws Exception {
        String customerJson = customerWithContacts();
        long customer = ((Number) JsonPath.read(customerJson, "$.id")).longValue();
        long rosa = ((Number) JsonPath.read(customerJson, "$.contacts[0].id")).longValue();
        long luis = ((Number) JsonPath.read(customerJson, "$.contacts[1].id")).longValue();
        String text = "¿Quieres recibir nuestras ofertas por e-mail? " + marker;

        record("/api/v1/contacts/{id}/consents", rosa, ana, body("EMAIL", "MARKETING", "REFUSED", "PHONE", text))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.recordedBy").value("ana" + marker));

        assertThat(permission.allows(Person.contact(rosa), Channel.EMAIL, Purpose.MARKETING))
                .isFalse();
        assertThat(permission.allows(Person.contact(luis), Channel.EMAIL, Purpose.MARKETING))
                .isTrue();
        assertThat(permission.allows(customer, Channel.EMAIL, Purpose.MARKETING))
                .as("the contact's refusal is theirs, not the customer's")
                .isTrue();

        // The customer edited twice (a change of notes, then the whole record with the contacts as read):
        // the contacts keep their ids, and with them their consents.
        mvc.perform(patch("/api/v1/customers/{id}", customer)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"notes\":\"Cambiado " + marker + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].id").value(rosa));
        String read = mvc.perform(get("/api/v1/customers/{id}", customer).with(manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long version = ((Number) JsonPath.read(read, "$.version")).longValue();
        mvc.perform(put("/api/v1/customers/{id}", customer)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"customer":{"kind":"COMPANY","name":"Empresa %s","contacts":[
                                  {"id":%d,"name":"Rosa %s","email":"rosa.%s@example.es"},
                                  {"id":%d,"name":"Luis %s","phone":"922000111"},
                                  {"id":%d,"name":"Copia de Rosa %s"}]}}""".formatted(version, marker, rosa, marker, marker, luis, marker, rosa, marker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].id").value(rosa))
                .andExpect(jsonPath("$.contacts[1].id").value(luis))
                .andExpect(jsonPath("$.contacts[2].id").value(org.hamcrest.Matchers.not((int) rosa)));

        String json = mvc.perform(get("/api/v1/contacts/{id}/consents", rosa).with(viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person").value("CONTACT"))
                .andExpect(jsonPath("$.id").value(rosa))
                .andExpect(jsonPath("$.current.length()").value(10))
                .andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.history[0].text").value(text))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(statusIn(json, "EMAIL", "MARKETING")).isEqualTo("REFUSED");
        assertThat(statusIn(json, "PHONE", "MARKETING")).isEqualTo("NOT_ASKED");
        assertThat(permission.allows(Person.contact(rosa), Channel.EMAIL, Purpose.MARKETING))
                .isFalse();

        // The customer's export carries the contact's line, saying whose it is.
        byte[] zip = mvc.perform(
                        get("/api/v1/customers/{id}/personal-data", customer).with(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String consents = entry(zip, "consents.json");
        List<String> kinds = JsonPath.read(consents, "$[*].person_kind");
        List<Number> ids = JsonPath.read(consents, "$[*].person_id");
        assertThat(kinds).containsExactly("CONTACT");
        assertThat(ids).extracting(Number::longValue).containsExactly(rosa);
        assertThat(consents).contains(text);
    }

    static String entry(byte[] zip, String name) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the archive");
    }

    @Test
    void aProspectNeverAskedIsSentNothingUntilTheySayYes() throws Exception {
        long prospect = prospectOf(ana);
        assertThat(permission.allows(Person.prospect(prospect), Channel.EMAIL, Purpose.MARKETING))
                .isFalse();
        String before = mvc.perform(
                        get("/api/v1/prospects/{id}/consents", prospect).with(ana))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person").value("PROSPECT"))
                .andExpect(jsonPath("$.history.length()").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Boolean> allowed = JsonPath.read(before, "$.current[*].allowed");
        assertThat(allowed).hasSize(10).containsOnly(false);

        record(
                        "/api/v1/prospects/{id}/consents",
                        prospect,
                        ana,
                        body("EMAIL", "MARKETING", "GRANTED", "FORM", "Sí " + marker))
                .andExpect(status().isCreated());
        assertThat(permission.allows(Person.prospect(prospect), Channel.EMAIL, Purpose.MARKETING))
                .isTrue();
        assertThat(permission.allows(Person.prospect(prospect), Channel.PHONE, Purpose.MARKETING))
                .isFalse();
        String after = mvc.perform(
                        get("/api/v1/prospects/{id}/consents", prospect).with(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(statusIn(after, "EMAIL", "MARKETING")).isEqualTo("GRANTED");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM privacy_consent_event WHERE person_kind = 'PROSPECT' AND person_id = :p")
                        .param("p", prospect)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSellerReachesOnlyTheirOwnProspects() throws Exception {
        long anas = prospectOf(ana);
        String json = body("PHONE", "MARKETING", "REFUSED", "PHONE", "¿Te llamamos? " + marker);

        mvc.perform(get("/api/v1/prospects/{id}/consents", anas).with(bea)).andExpect(status().isNotFound());
        record("/api/v1/prospects/{id}/consents", anas, bea, json).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/prospects/{id}/consents", anas).with(viewer)).andExpect(status().isOk());
        record("/api/v1/prospects/{id}/consents", anas, viewer, json).andExpect(status().isForbidden());
        record("/api/v1/prospects/{id}/consents", anas, manager, json).andExpect(status().isCreated());
        record("/api/v1/prospects/{id}/consents", anas, service, json).andExpect(status().isCreated());
        record("/api/v1/prospects/{id}/consents", anas, ana, json).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/prospects/{id}/consents", anas).with(ana))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(3));
        mvc.perform(get("/api/v1/prospects/{id}/consents", anas)).andExpect(status().isUnauthorized());
    }

    @Test
    void rolesOnContactsAreTheCustomersOnes() throws Exception {
        long rosa = ((Number) JsonPath.read(customerWithContacts(), "$.contacts[0].id")).longValue();
        String json = body("SMS", "SURVEYS", "GRANTED", "IN_PERSON", "¿Encuestas por SMS? " + marker);
        record("/api/v1/contacts/{id}/consents", rosa, viewer, json).andExpect(status().isForbidden());
        record("/api/v1/contacts/{id}/consents", rosa, service, json).andExpect(status().isCreated());
        record("/api/v1/contacts/{id}/consents", rosa, bea, json).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/contacts/{id}/consents", rosa).with(viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void unknownPeopleAreNotFoundAndBadInputIsNamedByItsField() throws Exception {
        String json = body("EMAIL", "MARKETING", "GRANTED", "FORM", "Texto " + marker);
        long nobody = Long.MAX_VALUE - 7;
        record("/api/v1/contacts/{id}/consents", nobody, manager, json).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contacts/{id}/consents", nobody).with(manager)).andExpect(status().isNotFound());
        record("/api/v1/prospects/{id}/consents", nobody, manager, json).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/prospects/{id}/consents", nobody).with(manager))
                .andExpect(status().isNotFound());

        long prospect = prospectOf(ana);
        record("/api/v1/prospects/{id}/consents", prospect, ana, body("FAX", "MARKETING", "GRANTED", "FORM", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        record("/api/v1/prospects/{id}/consents", prospect, ana, body("EMAIL", "MARKETING", "NOT_ASKED", "FORM", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        record(
                        "/api/v1/prospects/{id}/consents",
                        prospect,
                        ana,
                        body("EMAIL", "MARKETING", "GRANTED", "UNSUBSCRIBE_LINK", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        long rosa = ((Number) JsonPath.read(customerWithContacts(), "$.contacts[0].id")).longValue();
        record("/api/v1/contacts/{id}/consents", rosa, ana, body("EMAIL", "MARKETING", "GRANTED", "FORM", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get("/api/v1/contacts/{id}/consents", rosa)
                        .param("size", "0")
                        .with(ana))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM privacy_consent_event
                         WHERE (person_kind = 'PROSPECT' AND person_id = :p) OR (person_kind = 'CONTACT' AND person_id = :c)""")
                        .param("p", prospect)
                        .param("c", rosa)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
