package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.clientela.platform.Role;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The page where each person makes, reviews and revokes their own API tokens. */
@ApplicationTest
class AccountTokensPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    final String username = "t" + UUID.randomUUID().toString().substring(0, 8);
    RequestPostProcessor me;

    @BeforeEach
    void aPerson() {
        users.save(UserAccount.create(username, "{noop}unused-password", null, EnumSet.of(Role.VIEWER), Instant.now()));
        me = user(username).roles("VIEWER");
    }

    String issue(String name) throws Exception {
        Object token = mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", name))
                .andExpect(redirectedUrl("/account/tokens"))
                .andReturn()
                .getFlashMap()
                .get("issuedToken");
        assertThat(token).isInstanceOf(String.class);
        return (String) token;
    }

    @Test
    void showsANewTokenOnceAndThenOnlyHowItStarts() throws Exception {
        // The redirect after the POST carries the token in the session (kept in the database).
        var created = mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", "hoja de ventas"))
                .andExpect(redirectedUrl("/account/tokens"))
                .andReturn();
        String token = (String) created.getFlashMap().get("issuedToken");
        assertThat(token).startsWith("clt_");
        jakarta.servlet.http.Cookie session = created.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        mvc.perform(get("/account/tokens").with(me).cookie(session).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(token)))
                .andExpect(content().string(containsString("Token creado.")));

        mvc.perform(get("/account/tokens").with(me).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hoja de ventas")))
                .andExpect(content().string(containsString(token.substring(0, 10) + "…")))
                .andExpect(content().string(not(containsString(token))))
                .andExpect(content().string(containsString("Nunca")));
    }

    @Test
    void notesWhenATokenWasLastUsed() throws Exception {
        String token = issue("informes");
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        // The use is noted by a writer thread, not by the request: the page shows it soon after.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(get("/account/tokens").with(me).header("Accept-Language", "en"))
                        .andExpect(content().string(containsString("informes")))
                        .andExpect(content().string(not(containsString("Never")))));
    }

    @Test
    void saysNextToTheFieldWhatIsWrong() throws Exception {
        mvc.perform(post("/account/tokens")
                        .with(me)
                        .with(csrf())
                        .param("name", "  ")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">must not be blank</div>")));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRevokedTokenNoLongerSignsIn() throws Exception {
        String token = issue("a revocar");
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_prefix = ?")
                .param(token.substring(0, 10))
                .query(Long.class)
                .single();

        mvc.perform(post("/account/tokens/" + id + "/revoke")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(me)).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(me).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/account/tokens").with(me)).andExpect(content().string(not(containsString("a revocar"))));
    }
}
