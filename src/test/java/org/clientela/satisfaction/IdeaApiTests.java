package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Customers' ideas through the API, on H2 and PostgreSQL: logging one promises the customer an
 * answer in the ledger, the status moves one step at a time (a skipped step is a 409), the answer
 * keeps the promise, a stale version is refused, bad input is named by field, the list filters and
 * pages, adopted ideas are counted per quarter, and only the owner or a manager changes an idea.
 */
abstract class IdeaApiTests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor OWNER = user("ideas-owner").roles("SERVICE");
    static final RequestPostProcessor OTHER = user("ideas-other").roles("SALES");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDirectory users;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    long customer;

    @BeforeEach
    void customerAndPeople() {
        users.ensure("ideas-owner", "Irene Owner", Role.SERVICE);
        users.ensure("ideas-other", "Olga Other", Role.SALES);
        customer = new CustomerFixtures(context).person("Cliente ideas " + marker);
    }

    ResultActions logIdea(RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/ideas")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content(json));
    }

    String logged(String area) throws Exception {
        return logIdea(OWNER, """
                        {"customerId":%d,"text":"Abrir los sábados %s","area":"%s","channel":"PHONE","owner":"ideas-owner"}""".formatted(customer, marker, area))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    ResultActions change(RequestPostProcessor who, long id, String json) throws Exception {
        return mvc.perform(put("/api/v1/ideas/{id}", id)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content(json));
    }

    static long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static long version(String body) {
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    String promiseStatus(String ideaBody) {
        long promise = ((Number) JsonPath.read(ideaBody, "$.promiseId")).longValue();
        return jdbc.sql("SELECT status FROM service_promise WHERE id = :id")
                .param("id", promise)
                .query(String.class)
                .single();
    }

    @Test
    void aLoggedIdeaIsReceivedAndPromisesTheCustomerAnAnswerByItsFollowUpDay() throws Exception {
        String body = logged("SERVICE");
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("RECEIVED");
        assertThat((String) JsonPath.read(body, "$.owner")).isEqualTo("ideas-owner");
        assertThat((String) JsonPath.read(body, "$.customerName")).isEqualTo("Cliente ideas " + marker);
        LocalDate followUp = LocalDate.parse(JsonPath.read(body, "$.followUpOn"));
        assertThat(followUp).isAfter(LocalDate.now().plusDays(10));
        assertThat(promiseStatus(body)).isEqualTo("PENDING");
        long promise = ((Number) JsonPath.read(body, "$.promiseId")).longValue();
        assertThat(jdbc.sql("SELECT owner_username FROM service_promise WHERE id = :id")
                        .param("id", promise)
                        .query(String.class)
                        .single())
                .isEqualTo("ideas-owner");
    }

    @Test
    void anIdeaMovesOneStepAtATimeAndTheAnswerKeepsThePromise() throws Exception {
        String body = logged("PRODUCT");
        long id = id(body);
        change(OWNER, id, """
                        {"version":%d,"status":"ADOPTED"}""".formatted(version(body)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/customer-idea-state"))
                .andExpect(jsonPath("$.detail").value("Una idea «Recibida» no puede pasar a «Adoptada»."));
        String looking = change(OWNER, id, """
                        {"version":%d,"status":"LOOKING"}""".formatted(version(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LOOKING"))
                .andExpect(jsonPath("$.decidedOn").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(promiseStatus(looking)).isEqualTo("PENDING");
        String adopted = change(OWNER, id, """
                        {"version":%d,"status":"ADOPTED","answer":"Desde mayo abrimos los sábados por la mañana."}""".formatted(version(looking)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.decidedOn").isNotEmpty())
                .andExpect(jsonPath("$.answeredAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(promiseStatus(adopted)).isEqualTo("KEPT");
        change(OWNER, id, """
                        {"version":%d,"status":"DECLINED"}""".formatted(version(adopted))).andExpect(status().isConflict());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        String body = logged("PRICE");
        long id = id(body);
        change(OWNER, id, """
                        {"version":%d,"text":"Primera edición %s"}""".formatted(version(body), marker)).andExpect(status().isOk());
        change(MANAGER, id, """
                        {"version":%d,"text":"Edición con una página vieja"}""".formatted(version(body)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/edit-conflict"));
        mvc.perform(get("/api/v1/ideas/{id}", id).with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Primera edición " + marker))
                .andExpect(jsonPath("$.version").value(version(body) + 1));
    }

    @Test
    void badInputIsNamedByFieldInTheAsker_sLanguage() throws Exception {
        logIdea(OWNER, """
                        {"customerId":%d,"text":"  ","channel":"PHONE","followUpOn":"%s"}""".formatted(customer, LocalDate.now().minusDays(3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("text", "area", "followUpOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'followUpOn')].message")
                        .value(hasItems("La fecha de revisión no puede ser anterior a hoy.")));
        mvc.perform(post("/api/v1/ideas")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"customerId":987654321,"text":"x","area":"PRICE","channel":"PHONE","owner":"nobody-%s"}""".formatted(marker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("customerId", "owner")))
                .andExpect(jsonPath("$.errors[?(@.field == 'customerId')].message")
                        .value(hasItems("There is no customer with the internal number 987654321.")));
        logIdea(OWNER, """
                        {"customerId":%d,"text":"%s","area":"PRICE","channel":"PHONE"}""".formatted(customer, "x".repeat(2001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        logIdea(OWNER, """
                        {"customerId":%d,"text":"x","area":"COLOUR","channel":"PHONE"}""".formatted(customer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_idea WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheOwnerOrAManagerChangesAnIdeaAndAViewerOnlyReads() throws Exception {
        String body = logged("OTHER");
        long id = id(body);
        logIdea(VIEWER, """
                        {"customerId":%d,"text":"x","area":"PRICE","channel":"PHONE"}""".formatted(customer)).andExpect(status().isForbidden());
        change(OTHER, id, """
                        {"version":%d,"status":"LOOKING"}""".formatted(version(body))).andExpect(status().isForbidden());
        change(VIEWER, id, """
                        {"version":%d,"status":"LOOKING"}""".formatted(version(body))).andExpect(status().isForbidden());
        change(MANAGER, id, """
                        {"version":%d,"status":"LOOKING","owner":"ideas-other"}""".formatted(version(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("ideas-other"));
        mvc.perform(get("/api/v1/ideas")
                        .param("customerId", String.valueOf(customer))
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/ideas")).andExpect(status().isUnauthorized());
    }

    @Test
    void theListFiltersSortsAndPages() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (String area : List.of("PRODUCT", "PRICE", "PRICE", "SERVICE", "PRICE")) {
            ids.add(id(logged(area)));
        }
        String first = mvc.perform(get("/api/v1/ideas")
                        .with(VIEWER)
                        .param("customerId", String.valueOf(customer))
                        .param("area", "PRICE")
                        .param("status", "RECEIVED")
                        .param("owner", "ideas-owner")
                        .param("sort", "created")
                        .param("dir", "asc")
                        .param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasNext").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> firstPage = JsonPath.read(first, "$.items[*].id");
        assertThat(firstPage.stream().map(Integer::longValue)).containsExactly(ids.get(1), ids.get(2));
        mvc.perform(get("/api/v1/ideas")
                        .with(VIEWER)
                        .param("customerId", String.valueOf(customer))
                        .param("area", "PRICE")
                        .param("sort", "created")
                        .param("dir", "asc")
                        .param("size", "2")
                        .param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(ids.get(4)))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/api/v1/ideas").with(VIEWER).param("sort", "colour"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void adoptedIdeasAreCountedInTheQuarterTheyWereAdopted() throws Exception {
        LocalDate today = LocalDate.now();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        long before = adoptedIn(quarter);
        for (int i = 0; i < 2; i++) {
            String body = logged("PRODUCT");
            String looking = change(OWNER, id(body), """
                            {"version":%d,"status":"LOOKING"}""".formatted(version(body)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            change(OWNER, id(body), """
                            {"version":%d,"status":"%s"}""".formatted(version(looking), i == 0 ? "ADOPTED" : "DECLINED"))
                    .andExpect(status().isOk());
        }
        assertThat(adoptedIn(quarter)).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/ideas/adopted")
                        .with(VIEWER)
                        .param("from", "2026-05-01")
                        .param("to", "2026-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    long adoptedIn(String quarter) throws Exception {
        String body = mvc.perform(get("/api/v1/ideas/adopted").with(VIEWER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> counts = JsonPath.read(body, "$.rows[?(@.quarter == '" + quarter + "')].adopted");
        return counts.isEmpty() ? 0 : counts.get(0).longValue();
    }
}
