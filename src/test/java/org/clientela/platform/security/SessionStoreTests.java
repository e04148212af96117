package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in stores the session in the database, where every instance finds it. */
@ApplicationTest
class SessionStoreTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInSessionIsKeptInTheDatabase() throws Exception {
        MvcResult login = mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "admin-test-password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();

        long stored = jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'admin'")
                .query(Long.class)
                .single();
        assertThat(stored).isPositive();

        mvc.perform(get("/customers").cookie(session)).andExpect(status().isOk());
        jdbc.sql("DELETE FROM spring_session").update();
        mvc.perform(get("/customers").cookie(session)).andExpect(status().is3xxRedirection());
    }

    long lastAccess(Cookie session) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = 'admin'"
                        + " ORDER BY last_access_time DESC")
                .query(Long.class)
                .list()
                .get(0);
    }

    @Test
    void aPageTouchesTheStoredSessionAtMostOnceAMinute() throws Exception {
        jdbc.sql("DELETE FROM spring_session").update();
        Cookie session = mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "admin-test-password")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        long now = System.currentTimeMillis();

        // Last touched 30 s ago: a page does not write it again.
        jdbc.sql("UPDATE spring_session SET last_access_time = :at")
                .param("at", now - 30_000)
                .update();
        mvc.perform(get("/customers").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(session)).isEqualTo(now - 30_000);

        // Last touched a minute ago: the page writes its own moment and the session's new end.
        jdbc.sql("UPDATE spring_session SET last_access_time = :at")
                .param("at", now - 60_000)
                .update();
        mvc.perform(get("/customers").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(session)).isGreaterThanOrEqualTo(now);
        assertThat(jdbc.sql("SELECT expiry_time - last_access_time - max_inactive_interval * 1000 FROM spring_session")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
