package org.clientela.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Several of the radar's calls marked done at once: only pending ones, confirmed, audited; roles. */
@ApplicationTest
class CallBulkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long task(String status, String outcome) {
        long customer = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        jdbc.sql("""
                        INSERT INTO retention_call_task (customer_id, owner_username, status, outcome, created_at, reasons,
                               open) VALUES (:c, 'ana', :s, :o, :at, '', :open)""")
                .param("c", customer)
                .param("s", status)
                .param("o", outcome)
                .param("at", Timestamp.from(Instant.now()))
                .param("open", "OPEN".equals(status) ? 1 : null)
                .update();
        return jdbc.sql("SELECT id FROM retention_call_task WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status || ' ' || COALESCE(outcome, '-') FROM retention_call_task WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static MockHttpServletRequestBuilder bulk(String path, long... ids) {
        var request = post(path)
                .with(csrf())
                .header("Accept-Language", "es")
                .param("outcome", "REACHED")
                .param("back", "/retention/radar?mine=true");
        for (long id : ids) {
            request = request.param("ids", "" + id);
        }
        return request;
    }

    @Test
    void marksThePendingCallsDoneAfterAConfirmationLeavingDoneOnesAlone() throws Exception {
        long first = task("OPEN", null);
        long second = task("OPEN", null);
        long done = task("DONE", "LOST");
        var sales = user("ana").roles("SALES");

        mvc.perform(bulk("/retention/radar/tasks/bulk", first, second, done).with(sales))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "¿Marcar como hechas estas 2 llamadas, con el resultado «Hablamos con el cliente»?")));
        assertThat(statusOf(first)).isEqualTo("OPEN -");

        mvc.perform(bulk("/retention/radar/tasks/bulk/apply", first, second, done)
                        .with(sales))
                .andExpect(redirectedUrl("/retention/radar?mine=true"))
                .andExpect(
                        flash().attribute("bulkDone", "2 llamadas marcadas como hechas: «Hablamos con el cliente»."));
        assertThat(statusOf(first)).isEqualTo("DONE REACHED");
        assertThat(statusOf(second)).isEqualTo("DONE REACHED");
        assertThat(statusOf(done)).isEqualTo("DONE LOST");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'CALL_OUTCOME_RECORDED' AND entity_id = :id")
                        .param("id", "" + first)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void readersMayNotMarkCalls() throws Exception {
        long open = task("OPEN", null);
        mvc.perform(bulk("/retention/radar/tasks/bulk/apply", open)
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(statusOf(open)).isEqualTo("OPEN -");
    }
}
