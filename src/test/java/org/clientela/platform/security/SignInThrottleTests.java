package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in throttling (issue 13, D1): locks per user name and per client address that run out and then
 * count from zero, one answer for a wrong password, an unknown user and a lock, API tokens unaffected,
 * and an administrator who can unlock. Time stands still on the {@link TestClock} (to the millisecond,
 * as databases keep it) and moves when a test moves it, never by waiting.
 */
@RecordApplicationEvents
abstract class SignInThrottleTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final String PASSWORD = "a-long-enough-password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SignInSettings settings;

    @Autowired
    ApplicationEvents events;

    final String username = "t" + UUID.randomUUID().toString().substring(0, 8);
    /** Each test signs in from addresses of its own, so that the per-address count is its own too. */
    final String address = newAddress();

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @AfterEach
    void letTheClockGo() {
        clock.reset();
    }

    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.13." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    long createUser(String name, String role) throws Exception {
        String body = mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","password":"%s","roles":["%s"]}""".formatted(name, PASSWORD, role)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Signs in on the login form; answers where it was sent: "/" when in, "/login?error" when not. */
    String formSignIn(String name, String password, String from) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", name)
                        .param("password", password)
                        .with(csrf())
                        .with(from(from)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    MockHttpServletResponse basic(String name, String password, String from) throws Exception {
        return mvc.perform(get("/api/v1/customers")
                        .with(httpBasic(name, password))
                        .with(from(from))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
    }

    void wrongPasswords(int times, String name, String from) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(formSignIn(name, "wrong-password-" + i, from)).isEqualTo("/login?error");
        }
    }

    boolean signsIn(String name, String from) throws Exception {
        return "/".equals(formSignIn(name, PASSWORD, from));
    }

    Instant lockedUntil(String name) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?")
                .param(name)
                .query((rs, n) ->
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .list()
                .get(0);
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenAgainstTheRightOne() throws Exception {
        createUser(username, "VIEWER");
        wrongPasswords(settings.maxFailures() - 1, username, address);
        assertThat(lockedUntil(username))
                .as("not locked before the fifth failure")
                .isNull();
        wrongPasswords(1, username, address);

        assertThat(lockedUntil(username)).isEqualTo(clock.instant().plus(settings.firstLock()));
        assertThat(events.stream(AccountLocked.class))
                .containsExactly(new AccountLocked(username, clock.instant().plus(settings.firstLock())));
        assertThat(signsIn(username, address)).isFalse();
        assertThat(signsIn(username, newAddress()))
                .as("the name is locked from every address")
                .isFalse();
        assertThat(basic(username, PASSWORD, newAddress()).getStatus()).isEqualTo(401);
    }

    @Test
    void whenTheLockRunsOutTheCountStartsFromZero() throws Exception {
        createUser(username, "VIEWER");
        wrongPasswords(settings.maxFailures(), username, address);
        clock.advance(settings.firstLock());

        wrongPasswords(1, username, address);
        assertThat(lockedUntil(username)).as("the lock has run out").isBeforeOrEqualTo(clock.instant());
        assertThat(signsIn(username, address))
                .as("one more wrong password does not lock again")
                .isTrue();
    }

    @Test
    void oneWrongPasswordEveryFifteenMinutesNeverLocks() throws Exception {
        createUser(username, "ADMIN");
        for (int i = 0; i < 4 * settings.maxFailures(); i++) {
            wrongPasswords(1, username, address);
            clock.advance(Duration.ofMinutes(15));
        }
        assertThat(lockedUntil(username)).isNull();
        assertThat(signsIn(username, address)).isTrue();
    }

    @Test
    void theRightPasswordForgetsTheWrongOnes() throws Exception {
        createUser(username, "VIEWER");
        wrongPasswords(settings.maxFailures() - 1, username, address);
        assertThat(signsIn(username, address)).isTrue();
        wrongPasswords(settings.maxFailures() - 1, username, address);
        assertThat(signsIn(username, address)).isTrue();
        assertThat(lockedUntil(username)).isNull();
    }

    @Test
    void locksInARowGrowLongerUpToTheCapAndARightPasswordStartsAfresh() throws Exception {
        createUser(username, "VIEWER");
        Duration expected = settings.firstLock();
        for (int lock = 1; lock <= 6; lock++) {
            wrongPasswords(settings.maxFailures(), username, newAddress());
            assertThat(Duration.between(clock.instant(), lockedUntil(username)))
                    .as("lock %d", lock)
                    .isEqualTo(expected);
            clock.advance(expected);
            expected = expected.multipliedBy(2).compareTo(settings.maxLock()) > 0
                    ? settings.maxLock()
                    : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(settings.maxLock());

        assertThat(signsIn(username, address)).isTrue();
        wrongPasswords(settings.maxFailures(), username, address);
        assertThat(Duration.between(clock.instant(), lockedUntil(username))).isEqualTo(settings.firstLock());
    }

    @Test
    void manyUserNamesFromOneAddressLockTheAddress() throws Exception {
        createUser(username, "VIEWER");
        for (int i = 0; i < 2 * settings.maxFailuresPerAddress(); i++) {
            assertThat(formSignIn("nobody-" + i + "-" + username, "guess-" + i, address))
                    .isEqualTo("/login?error");
        }
        Instant until = jdbc.sql("SELECT locked_until FROM sign_in_address WHERE address = ?")
                .param(address)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single();
        assertThat(until)
                .as("locked by the 20th failure; attempts while locked do not make it longer")
                .isEqualTo(clock.instant().plus(settings.firstLock()));

        assertThat(signsIn(username, address))
                .as("even the right password from that address")
                .isFalse();
        assertThat(basic(username, PASSWORD, address).getStatus()).isEqualTo(401);
        assertThat(signsIn(username, newAddress()))
                .as("other addresses are not held up")
                .isTrue();

        clock.advance(settings.firstLock());
        assertThat(signsIn(username, address)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE 'nobody-%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownUserAWrongPasswordAndALockGetTheSameAnswer() throws Exception {
        createUser(username, "VIEWER");
        String unknown = formSignIn("no-such-" + username, PASSWORD, address);
        MockHttpServletResponse unknownBasic = basic("no-such-" + username, PASSWORD, address);
        String wrong = formSignIn(username, "not-the-password", address);
        MockHttpServletResponse wrongBasic = basic(username, "not-the-password", address);
        wrongPasswords(settings.maxFailures(), username, newAddress());
        String locked = formSignIn(username, PASSWORD, address);
        MockHttpServletResponse lockedBasic = basic(username, PASSWORD, address);

        assertThat(unknown).isEqualTo(wrong).isEqualTo(locked).isEqualTo("/login?error");
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {unknownBasic, wrongBasic, lockedBasic}) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(wrongBasic.getHeader("WWW-Authenticate"));
            assertThat(response.getContentAsString()).isEqualTo(wrongBasic.getContentAsString());
        }
        mvc.perform(get("/login?error").header("Accept-Language", "en"))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Wrong username or password, or too many attempts in a row. Try again in a few minutes.")));
        mvc.perform(get("/login?error").header("Accept-Language", "es"))
                .andExpect(content()
                        .string(containsString("Usuario o contraseña incorrectos, o demasiados intentos seguidos.")));
    }

    @Test
    void aPasswordLockLeavesTheApiTokensWorking() throws Exception {
        createUser(username, "VIEWER");
        String body = mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"script\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThat(basic(username, "wrong-" + i, address).getStatus()).isEqualTo(401);
        }
        assertThat(lockedUntil(username)).isAfter(clock.instant());
        assertThat(basic(username, PASSWORD, newAddress()).getStatus()).isEqualTo(401);

        mvc.perform(get("/api/v1/customers")
                        .header("Authorization", "Bearer " + token)
                        .with(from(address)))
                .andExpect(status().isOk());
    }

    @Test
    void anAdminUnlocksOverTheApiAndNobodyElseMay() throws Exception {
        long id = createUser(username, "VIEWER");
        String manager = "m" + username;
        createUser(manager, "MANAGER");
        wrongPasswords(settings.maxFailures(), username, address);

        mvc.perform(get("/api/v1/users").with(ADMIN))
                .andExpect(jsonPath("$[?(@.username == '%s')].lockedUntil".formatted(username))
                        .isNotEmpty());
        mvc.perform(post("/api/v1/users/" + id + "/unlock").with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(signsIn(username, newAddress())).isFalse();

        mvc.perform(post("/api/v1/users/" + id + "/unlock").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.lockedUntil").isEmpty());
        assertThat(signsIn(username, newAddress())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'USER_UNLOCKED' AND entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post("/api/v1/users/" + Long.MAX_VALUE + "/unlock").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
