package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.clientela.platform.AuditLog;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Administrators change people over the API: name, roles, team, active, a password to be replaced at
 * the next sign-in; the last active administrator stays. Its own database (the property below), so
 * that "the last administrator" means the same whatever other test classes did.
 */
@ApplicationTest
@TestPropertySource(properties = "clientela.test.database=user-changes")
class UserChangesApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final String PASSWORD = "first-password-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    MessageSource messages;

    final String username = "u" + UUID.randomUUID().toString().substring(0, 8);

    long createUser(String name, String roles) throws Exception {
        String body = mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","password":"%s","displayName":"Pepa","roles":[%s]}""".formatted(name, PASSWORD, roles)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long adminId() {
        return jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'")
                .query(Long.class)
                .single();
    }

    @Test
    void anAdminChangesNameRolesAndTeamAndItIsAudited() throws Exception {
        long id = createUser(username, "\"SALES\"");

        mvc.perform(
                        patch("/api/v1/users/" + id)
                                .with(ADMIN)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"displayName\":\"Pepa Gómez\",\"roles\":[\"SERVICE\",\"MANAGER\"],\"team\":\"Tienda\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Pepa Gómez"))
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.team").value("Tienda"))
                .andExpect(jsonPath("$.active").value(true));
        // Only what is sent changes.
        mvc.perform(patch("/api/v1/users/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"team\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Pepa Gómez"))
                .andExpect(jsonPath("$.team").doesNotExist());
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("MANAGER,SERVICE");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'USER_CHANGED' AND entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesEmptyRolesAndNonAdminsNamingTheField() throws Exception {
        long id = createUser(username, "\"SALES\"");
        mvc.perform(patch("/api/v1/users/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        mvc.perform(patch("/api/v1/users/" + id)
                        .with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":false}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + id + "/password")
                        .with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"another-password-9\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLastActiveAdminCanBeNeitherDeactivatedNorDemoted() throws Exception {
        long admin = adminId();
        long other = createUser(username, "\"ADMIN\"");
        mvc.perform(patch("/api/v1/users/" + other)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        mvc.perform(patch("/api/v1/users/" + admin)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
        mvc.perform(patch("/api/v1/users/" + admin)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"roles\":[\"MANAGER\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("last active administrator")));
        assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE id = ?")
                        .param(admin)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anInactiveUserCannotSignInAndTheirTokensAreRefused() throws Exception {
        long id = createUser(username, "\"SALES\"");
        String issued = mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"script\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(issued, "$.token");
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        jdbc.sql("INSERT INTO customer (customer_number, kind, name, sort_name, owner_username, lifecycle_status,"
                        + " created_at, updated_at) VALUES (?, 'PERSON', 'Suyo', 'suyo', ?, 'PROSPECT', now(), now())")
                .params("O" + username, username)
                .update();

        mvc.perform(patch("/api/v1/users/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":false}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?inactive"));
        // Only the right password hears that the account is inactive.
        mvc.perform(formLogin().user(username).password("not-the-password")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'USER_DEACTIVATED' AND entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // Their customers are left without owner.
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.sql("SELECT count(*) FROM customer WHERE customer_number = ? AND owner_username IS NULL")
                                        .param("O" + username)
                                        .query(Integer.class)
                                        .single()
                                == 1);
        // The change log says both in plain words.
        assertThat(audit.history("user", id, 5))
                .extracting(e -> messages.getMessage(e.sentence("audit.entry."), Locale.forLanguageTag("es")))
                .anySatisfy(s -> assertThat(s).endsWith("desactivó la cuenta de Pepa"));
        assertThat(audit.find(new AuditLog.Filter(null, "CUSTOMERS_UNASSIGNED", null, null), 0, 50))
                .extracting(e -> messages.getMessage(e.sentence("audit.entry."), Locale.forLanguageTag("es")))
                .anySatisfy(s -> assertThat(s)
                        .endsWith(" dejó sin responsable al cliente de " + username + ", cuya cuenta se desactivó"));

        mvc.perform(patch("/api/v1/users/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aPasswordSetByAnAdminMustBeChangedAtTheNextSignIn() throws Exception {
        long id = createUser(username, "\"SERVICE\"");
        mvc.perform(post("/api/v1/users/" + id + "/password")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"short\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/users/" + id + "/password")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"given-by-admin-1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true));

        mvc.perform(get("/api/v1/customers").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, "given-by-admin-1")))
                .andExpect(status().isUnauthorized());
        Cookie session = mvc.perform(formLogin().user(username).password("given-by-admin-1"))
                .andExpect(redirectedUrl("/password/change"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/customers").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/password/change").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/password/change")
                        .cookie(session)
                        .with(csrf())
                        .param("password", "given-by-admin-1")
                        .param("repeat", "given-by-admin-1"))
                .andExpect(status().isOk());
        mvc.perform(post("/password/change")
                        .cookie(session)
                        .with(csrf())
                        .param("password", "my-own-password-7")
                        .param("repeat", "my-own-password-8"))
                .andExpect(status().isOk());
        Cookie signedIn = mvc.perform(post("/password/change")
                        .cookie(session)
                        .with(csrf())
                        .param("password", "my-own-password-7")
                        .param("repeat", "my-own-password-7"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(signedIn.getValue()).isNotEqualTo(session.getValue());
        mvc.perform(get("/customers").cookie(signedIn)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/customers").with(httpBasic(username, "my-own-password-7")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT must_change_password FROM app_user WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'USER_PASSWORD_CHANGED' AND entity_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo(username);
    }

    long customer(String owner) {
        String number = "W" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(
                        "INSERT INTO customer (customer_number, kind, name, sort_name, owner_username, lifecycle_status,"
                                + " created_at, updated_at) VALUES (?, 'PERSON', 'Cliente', 'cliente', ?, 'CUSTOMER', now(), now())")
                .params(number, owner)
                .update();
        return jdbc.sql("SELECT id FROM customer WHERE customer_number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    @Test
    void workIsOwnedByActiveUsersAndADeactivatedPersonsOpenWorkIsLeftUnassigned() throws Exception {
        long id = createUser(username, "\"SERVICE\"");
        long customer = customer(username);
        String due = java.time.Instant.now().plus(Duration.ofDays(2)).toString();

        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"type":"QUESTION","channel":"WEB","subject":"Hola","owner":"pepito"}""".formatted(customer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        String opened = mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"type":"QUESTION","channel":"WEB","subject":"Hola","owner":"%s"}""".formatted(customer, username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.owner").value(username))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long caseId = ((Number) JsonPath.read(opened, "$.id")).longValue();
        mvc.perform(patch("/api/v1/cases/" + caseId)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"owner\":\"pepito\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        mvc.perform(post("/api/v1/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"kind":"CALL_BACK","dueAt":"%s","owner":"pepito"}""".formatted(customer, due)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        mvc.perform(post("/api/v1/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"kind":"CALL_BACK","dueAt":"%s","owner":"%s"}""".formatted(customer, due, username)))
                .andExpect(status().isCreated());

        mvc.perform(patch("/api/v1/users/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":false}"))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                SELECT (SELECT count(*) FROM customer WHERE id = :c AND owner_username IS NULL)
                     + (SELECT count(*) FROM service_case WHERE id = :case AND owner_username IS NULL)
                     + (SELECT count(*) FROM service_promise WHERE customer_id = :c AND owner_username IS NULL)""")
                                .param("c", customer)
                                .param("case", caseId)
                                .query(Integer.class)
                                .single()
                        == 3);
        String reference = JsonPath.read(opened, "$.reference");
        mvc.perform(
                        get("/service/cases")
                                .param("owner", "-")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(reference)));
        // An inactive person can no longer be given work.
        mvc.perform(patch("/api/v1/cases/" + caseId)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"owner\":\"" + username + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }
}
