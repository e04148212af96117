package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who gets in, with what, and what each role may do, through the real filter chains. */
@ApplicationTest
class SecurityTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInSettings settings;

    final String username = "u" + UUID.randomUUID().toString().substring(0, 8);

    ResultActions createUser(RequestPostProcessor as, String name, String role) throws Exception {
        return mvc.perform(post("/api/v1/users")
                .with(as)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","password":"%s","displayName":"Test","roles":["%s"]}""".formatted(name, PASSWORD, role)));
    }

    static void isProblem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @Test
    void theApiWithoutCredentialsAnswers401WithAProblem() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/customers"));
        isProblem(result, 401);
        result.andExpect(header().string("WWW-Authenticate", startsWith("Basic")));

        isProblem(mvc.perform(get("/api/v1/customers").with(httpBasic("admin", "wrong"))), 401);
    }

    @Test
    void aViewerReadsButDoesNotWrite() throws Exception {
        createUser(ADMIN, username, "VIEWER")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("VIEWER"));
        RequestPostProcessor viewer = httpBasic(username, PASSWORD);

        mvc.perform(get("/api/v1/customers").with(viewer)).andExpect(status().isOk());
        isProblem(
                mvc.perform(post("/api/v1/customers")
                        .with(viewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nope\",\"kind\":\"PERSON\"}")),
                403);
    }

    @Test
    void onlyAnAdminCreatesUsersAndUsernamesAreUnique() throws Exception {
        createUser(ADMIN, username, "SALES")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.username").value(username));
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = ?")
                        .param(username)
                        .query(String.class)
                        .single())
                .isEqualTo("SALES");

        isProblem(createUser(httpBasic(username, PASSWORD), "x" + username, "ADMIN"), 403);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param("x" + username)
                        .query(Integer.class)
                        .single())
                .isZero();

        isProblem(createUser(ADMIN, username, "VIEWER"), 422);
        createUser(ADMIN, username, "VIEWER")
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsWithTheSameAnswerAsAWrongOne() throws Exception {
        createUser(ADMIN, username, "VIEWER").andExpect(status().isCreated());
        for (int i = 0; i < settings.maxFailures() - 1; i++) {
            mvc.perform(get("/api/v1/customers").with(httpBasic(username, "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(lockedUntil()).as("not locked before the fifth failure").isNull();
        mvc.perform(formLogin().user(username).password("wrong-again")).andExpect(redirectedUrl("/login?error"));

        Instant until = lockedUntil();
        assertThat(until)
                .isBetween(
                        Instant.now().plus(settings.firstLock()).minus(Duration.ofMinutes(1)),
                        Instant.now().plus(settings.firstLock()));
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), username)
                .update();
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(lockedUntil()).isNull();
    }

    private Instant lockedUntil() {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) ->
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .list()
                .get(0);
    }

    @Test
    void theApiRefusesAShortOrCommonPasswordNamingTheField() throws Exception {
        for (String[] weak : new String[][] {
            {"12345678", "The password must have at least 10 characters."},
            {"password", "The password must have at least 10 characters."},
            {"Password123", "This is one of the most used passwords, among the first anyone tries: choose another one."}
        }) {
            ResultActions result = mvc.perform(post("/api/v1/users")
                    .with(ADMIN)
                    .header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"username":"%s","password":"%s","roles":["VIEWER"]}""".formatted(username, weak[0])));
            isProblem(result, 400);
            result.andExpect(jsonPath("$.errors[0].field").value("password"))
                    .andExpect(jsonPath("$.errors[0].message").value(weak[1]));
        }
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","password":"qwertyuiop","roles":["VIEWER"]}""".formatted(username)))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Es una de las contraseñas más usadas, de las primeras que se prueban: elige otra."));
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anApiTokenSignsInAndIsStoredOnlyAsItsHash() throws Exception {
        createUser(ADMIN, username, "VIEWER").andExpect(status().isCreated());
        String body = mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"hoja de cálculo\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("hoja de cálculo"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        assertThat(token).startsWith("clt_").hasSizeGreaterThan(40);

        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        isProblem(
                mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nope\",\"kind\":\"PERSON\"}")),
                403);

        Map<String, Object> row = jdbc.sql("""
                SELECT t.* FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?""").param(username).query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 10));
        assertThat(row.values())
                .noneMatch(value -> value != null && value.toString().contains(token.substring(10)));

        isProblem(mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token + "x")), 401);
        isProblem(mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer clt_unknown")), 401);
        isProblem(mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer not-even-ours")), 401);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPageFormWithoutItsCsrfTokenIsRefused() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/customers")
                        .with(admin)
                        .param("name", "Sin token " + username)
                        .param("kind", "PERSON"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers")
                        .with(admin)
                        .with(csrf().useInvalidToken())
                        .param("name", "Mal token")
                        .param("kind", "PERSON"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Con token " + username)
                        .param("kind", "PERSON"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void healthSaysOnlyUpAndNeedsNoSignIn() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}", JsonCompareMode.STRICT));
    }

    @Test
    void pagesSendStrangersToTheLoginForm() throws Exception {
        mvc.perform(get("/customers")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
