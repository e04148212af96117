package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import org.clientela.platform.Role;
import org.clientela.platform.security.TokenUseTests.HeldWrites;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A token found in the database is remembered for a few seconds, so a script's calls do not each
 * look it up; revoking it on this instance refuses it at once, and what changed in the database
 * (another instance's revocation, a disabled account) counts within those seconds.
 */
@ApplicationTest
class ApiTokensTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccountRepository users;

    @Autowired
    MockMvc mvc;

    long idOf(String token) {
        return jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.sha256(token))
                .query(Long.class)
                .single();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceThoughItWasJustUsed() throws Exception {
        String token = tokens.issue("admin", "revoked-" + System.nanoTime());
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        assertThat(tokens.revoke("admin", idOf(token))).isTrue();

        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenIsLookedUpAgainOnlyAfterItsMomentIsOver() {
        String username = "token-cache-" + System.nanoTime();
        users.save(UserAccount.create(
                username, "{noop}unused-password", "Token cache", EnumSet.of(Role.SALES), java.time.Instant.now()));
        String token = tokens.issue(username, "remembered");
        MovableClock clock = MovableClock.at("2026-12-06T10:00:00Z");
        ApiTokens remembering = new ApiTokens(jdbc, users, clock, new TokenUse(jdbc, clock, new HeldWrites()));

        assertThat(remembering.accountFor(token))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(true);

        // Disabled in the database, as another instance (or an operator) would: remembered a moment longer.
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :username")
                .param("username", username)
                .update();
        clock.advance(ApiTokens.REMEMBERED_FOR.minusMillis(1));
        assertThat(remembering.accountFor(token))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(true);

        // Its moment over, the account is read again and the token filter refuses a disabled one.
        clock.advance(Duration.ofMillis(1));
        assertThat(remembering.accountFor(token))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(false);

        // Revoked by another instance (only the database knows): refused once the moment is over.
        jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = :username")
                .param("username", username)
                .update();
        clock.advance(ApiTokens.REMEMBERED_FOR);
        assertThat(remembering.accountFor(token)).isPresent();
        jdbc.sql("DELETE FROM api_token WHERE id = :id")
                .param("id", idOf(token))
                .update();
        assertThat(remembering.accountFor(token))
                .as("remembered a moment longer")
                .isPresent();
        clock.advance(ApiTokens.REMEMBERED_FOR);
        assertThat(remembering.accountFor(token)).isEmpty();
    }

    @Test
    void aDisabledAccountsTokenIsRefusedOverHttp() throws Exception {
        String username = "token-disabled-" + System.nanoTime();
        users.save(UserAccount.create(
                username, "{noop}unused-password", "Token disabled", EnumSet.of(Role.SALES), java.time.Instant.now()));
        String token = tokens.issue(username, "disabled");
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :username")
                .param("username", username)
                .update();

        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }
}
