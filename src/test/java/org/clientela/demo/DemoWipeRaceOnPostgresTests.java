package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The wipe reads the demo's marker with its row locked: a wipe that starts while another
 * transaction holds the marker (another wipe, a demo load) waits for it, and then sees what that
 * transaction left — here, that the demo is gone — instead of a value read before, so it deletes
 * nothing.
 */
@PostgresApplicationTest
class DemoWipeRaceOnPostgresTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aWipeWaitsForTheMarkerAndThenFindsTheDemoGone() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/customers")
                            .with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Kept customer " + i + "\",\"kind\":\"PERSON\"}"))
                    .andExpect(status().isCreated());
        }
        jdbc.sql("INSERT INTO app_setting (setting_key, setting_value) VALUES ('demo.active', 'true')")
                .update();
        long customers = count("customer");

        try (Connection other = dataSource.getConnection();
                Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            sql.execute("SELECT setting_value FROM app_setting WHERE setting_key = 'demo.active' FOR UPDATE");

            CompletableFuture<Integer> wipe = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(post("/demo/wipe").with(ADMIN).with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            count("pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
                                    > 0);
            assertThat(wipe).isNotDone();

            sql.execute("UPDATE app_setting SET setting_value = 'false' WHERE setting_key = 'demo.active'");
            other.commit();

            assertThat(wipe.get(20, TimeUnit.SECONDS)).isEqualTo(409);
        }
        assertThat(count("customer")).isEqualTo(customers);
        assertThat(count("audit_entry WHERE action = 'DEMO_WIPED'")).isZero();
    }

    long count(String tableAndCondition) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }
}
