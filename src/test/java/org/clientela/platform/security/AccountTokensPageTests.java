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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        String page = mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", name))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown = ISSUED.matcher(page);
        assertThat(shown.find()).as("the page shows the new token").isTrue();
        return shown.group(1);
    }

    static final Pattern ISSUED = Pattern.compile("id=\"issued-token\">(clt_[^<]+)<");

    @Test
    void showsANewTokenOnceAndThenOnlyHowItStarts() throws Exception {
        var created = mvc.perform(post("/account/tokens")
                        .with(me)
                        .with(csrf())
                        .param("name", "hoja de ventas")
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Token creado.")))
                .andReturn();
        Matcher shown = ISSUED.matcher(created.getResponse().getContentAsString());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        // Shown in the answer itself: nothing carries it across a redirect in the session, which is a database row.
        assertThat(created.getFlashMap().containsKey("issuedToken")).isFalse();
        assertThat(jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes")
                        .query((rs, n) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .list())
                .as("what the session store holds")
                .noneMatch(bytes -> bytes.contains(token));

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
