package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientela.support.ApplicationTest;
import org.clientela.support.CountingPasswordEncoder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/** HTTP Basic runs bcrypt once for a password it has just checked, and never lets a changed or locked account in. */
@ApplicationTest
class RememberedPasswordCheckTests {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    CountingPasswordEncoder encoder;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountUserDetailsService accounts;

    final String username = "b" + UUID.randomUUID().toString().substring(0, 8);

    void createUser() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"username":"%s","password":"%s","displayName":"Basic","roles":["VIEWER"]}""".formatted(username, PASSWORD)))
                .andExpect(status().isCreated());
    }

    int search(String password) throws Exception {
        return mvc.perform(get("/api/v1/customers").with(httpBasic(username, password)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aPasswordJustCheckedIsNotHashedAgain() throws Exception {
        createUser();
        encoder.forget();

        assertThat(search(PASSWORD)).isEqualTo(200);
        assertThat(search(PASSWORD)).isEqualTo(200);
        assertThat(search(PASSWORD)).isEqualTo(200);

        assertThat(encoder.checks()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordIsCheckedAgainAndTheOldOneRefused() throws Exception {
        createUser();
        assertThat(search(PASSWORD)).isEqualTo(200);

        String newPassword = "another-long-password";
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :username")
                .param("hash", encoder.encode(newPassword))
                .param("username", username)
                .update();
        encoder.forget();

        assertThat(search(PASSWORD)).isEqualTo(401);
        assertThat(encoder.checks()).isEqualTo(1);
        assertThat(search(newPassword)).isEqualTo(200);
    }

    @Test
    void aDisabledOrLockedAccountIsRefusedThoughItsPasswordWasJustChecked() throws Exception {
        createUser();
        assertThat(search(PASSWORD)).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :username")
                .param("username", username)
                .update();
        assertThat(search(PASSWORD)).isEqualTo(401);

        jdbc.sql("UPDATE app_user SET enabled = TRUE, locked_until = :until WHERE username = :username")
                .param("until", Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
                .param("username", username)
                .update();
        assertThat(search(PASSWORD)).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedAndACheckIsRememberedForAMinuteOnly() throws Exception {
        createUser();
        CountingPasswordEncoder counting = CountingPasswordEncoder.around(encoder, () -> {});
        MovableClock clock = MovableClock.at("2026-12-06T10:00:00Z");
        RememberedPasswordCheck check = new RememberedPasswordCheck(accounts, counting, clock);

        check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        assertThat(counting.checks()).isEqualTo(1);
        assertThatThrownBy(() -> check.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD + "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(counting.checks()).isEqualTo(2);

        clock.advance(RememberedPasswordCheck.REMEMBERED_FOR.plusSeconds(1));
        check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        assertThat(counting.checks()).isEqualTo(3);
    }

    @Test
    void requestsArrivingWhileTheSamePasswordIsBeingCheckedWaitForThatCheck() throws Exception {
        createUser();
        CountDownLatch release = new CountDownLatch(1);
        CountingPasswordEncoder slow = CountingPasswordEncoder.around(encoder, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        RememberedPasswordCheck check =
                new RememberedPasswordCheck(accounts, slow, MovableClock.at("2026-12-06T10:00:00Z"));
        AtomicInteger signedIn = new AtomicInteger();
        Runnable signIn = () -> {
            check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
            signedIn.incrementAndGet();
        };
        Thread first = new Thread(signIn);
        first.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> slow.checks() == 1);
        Thread second = new Thread(signIn);
        second.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> second.getState() == Thread.State.WAITING);

        release.countDown();
        first.join(10_000);
        second.join(10_000);

        assertThat(signedIn).hasValue(2);
        assertThat(slow.checks()).isEqualTo(1);
    }
}
