package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The users page: only administrators, new users with roles, unlocking a locked account. */
@ApplicationTest
class UsersPageTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String username = "p" + UUID.randomUUID().toString().substring(0, 8);

    MockHttpServletRequestBuilder newUser(String name, String password, String... roles) {
        return post("/users")
                .with(ADMIN)
                .with(csrf())
                .header("Accept-Language", "en")
                .param("username", name)
                .param("displayName", "Pepa Test")
                .param("password", password)
                .param("roles", roles);
    }

    @Test
    void anAdminCreatesAUserWithRoles() throws Exception {
        mvc.perform(newUser(username, "a-long-password", "SALES", "SERVICE")).andExpect(redirectedUrl("/users"));
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = ?")
                        .param(username)
                        .query(String.class)
                        .single())
                .isEqualTo("SALES,SERVICE");
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, "a-long-password")))
                .andExpect(status().isOk());

        mvc.perform(get("/users").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("Customer service")));
    }

    @Test
    void saysNextToEachFieldWhatIsWrong() throws Exception {
        mvc.perform(newUser("admin", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The user &quot;admin&quot; already exists.")))
                .andExpect(content().string(containsString("The password must have at least 10 characters.")))
                .andExpect(content().string(containsString("Choose at least one role.")));
        mvc.perform(newUser("x", "a-long-password", "VIEWER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 to 64 letters")));
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'x'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAShortOrCommonPasswordNextToTheField() throws Exception {
        for (String weak : new String[] {"12345678", "password", "123456789"}) {
            mvc.perform(newUser(username, weak, "VIEWER"))
                    .andExpect(status().isOk())
                    .andExpect(
                            content()
                                    .string(
                                            containsString(
                                                    "<div class=\"invalid-feedback\">The password must have at least 10 characters.</div>")));
        }
        for (String common : new String[] {"1234567890", "Password123", "QWERTYUIOP", "iloveyou12"}) {
            mvc.perform(newUser(username, common, "VIEWER"))
                    .andExpect(status().isOk())
                    .andExpect(
                            content()
                                    .string(
                                            containsString(
                                                    "<div class=\"invalid-feedback\">This is one of the"
                                                            + " most used passwords, among the first anyone tries: choose another one.</div>")));
        }
        mvc.perform(post("/users")
                        .with(ADMIN)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("username", username)
                        .param("password", "password123")
                        .param("roles", "VIEWER"))
                .andExpect(content().string(containsString("Es una de las contraseñas más usadas")));
        mvc.perform(newUser(username, "ñ".repeat(37), "VIEWER"))
                .andExpect(content().string(containsString("The password can have at most 72 characters")));
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(newUser(username, "ñ".repeat(36), "VIEWER")).andExpect(redirectedUrl("/users"));
    }

    @Test
    void unlocksALockedAccount() throws Exception {
        mvc.perform(newUser(username, "a-long-password", "VIEWER")).andExpect(redirectedUrl("/users"));
        jdbc.sql("UPDATE app_user SET failed_attempts = 5, locked_until = ? WHERE username = ?")
                .params(Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))), username)
                .update();
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, "a-long-password")))
                .andExpect(status().isUnauthorized());
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
        mvc.perform(get("/users").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Locked until")))
                .andExpect(content().string(containsString("action=\"/users/" + id + "/unlock\"")))
                .andExpect(content().string(containsString("data-confirm=\"Unlock " + username + "?")));

        mvc.perform(post("/users/" + id + "/unlock").with(ADMIN).with(csrf())).andExpect(redirectedUrl("/users"));

        assertThat(jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?")
                        .param(username)
                        .query((rs, n) -> rs.getTimestamp(1))
                        .list())
                .containsExactly((Timestamp) null);
        mvc.perform(get("/api/v1/customers").with(httpBasic(username, "a-long-password")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'USER_UNLOCKED' AND entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/users").with(ADMIN))
                .andExpect(content().string(not(containsString("/users/" + id + "/unlock"))));
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        var manager = user("boss").roles("MANAGER");
        mvc.perform(get("/users").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/users")
                        .with(manager)
                        .with(csrf())
                        .param("username", username)
                        .param("password", "a-long-password")
                        .param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/1/unlock").with(manager).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/users").with(ADMIN)).andExpect(content().string(not(containsString(username))));
    }

    @Test
    void anAdminPutsAPersonInATeamOnThePageAndOverTheApi() throws Exception {
        mvc.perform(newUser(username, "a-long-password", "SERVICE")).andExpect(redirectedUrl("/users"));
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();

        mvc.perform(post("/users/" + id + "/team").with(ADMIN).with(csrf()).param("team", "  Tienda   Centro "))
                .andExpect(redirectedUrl("/users"));
        assertThat(team(id)).isEqualTo("Tienda Centro");
        mvc.perform(get("/users").with(ADMIN).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("value=\"Tienda Centro\"")));
        mvc.perform(post("/users/" + id + "/team").with(ADMIN).with(csrf()).param("team", "x".repeat(65)))
                .andExpect(redirectedUrl("/users"));
        assertThat(team(id)).as("a name too long changes nothing").isEqualTo("Tienda Centro");
        mvc.perform(post("/users/" + id + "/team")
                        .with(user("pepa").roles("MANAGER"))
                        .with(csrf())
                        .param("team", "Otra"))
                .andExpect(status().isForbidden());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/users/" + id + "/team")
                        .with(ADMIN)
                        .contentType("application/json")
                        .content("{\"team\":\"" + "y".repeat(65) + "\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("team")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/users/" + id + "/team")
                        .with(ADMIN)
                        .contentType("application/json")
                        .content("{\"team\":\"Oficina\"}"))
                .andExpect(status().isOk());
        assertThat(team(id)).isEqualTo("Oficina");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/users/" + id + "/team")
                        .with(ADMIN)
                        .contentType("application/json")
                        .content("{\"team\":\"\"}"))
                .andExpect(status().isOk());
        assertThat(team(id)).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'USER_TEAM_CHANGED' AND entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private String team(long id) {
        return jdbc.sql("SELECT team FROM app_user WHERE id = ?")
                .param(id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }
}
