package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A business that never had the demo (its own customers, no demo marker): the wipe is refused with
 * 409 and deletes nothing, and no page offers it (H2 and PostgreSQL twins).
 */
abstract class DemoWipeOfARealBusinessTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWipeOfABusinessWithoutTheDemoIsRefusedAndDeletesNothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/customers")
                            .with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Real customer " + i + "\",\"kind\":\"PERSON\"}"))
                    .andExpect(status().isCreated());
        }
        long customers = count("customer");
        long auditEntries = count("audit_entry");
        assertThat(customers).isGreaterThanOrEqualTo(3);
        assertThat(count("app_setting WHERE setting_key = 'demo.active' AND setting_value = 'true'"))
                .isZero();

        mvc.perform(get("/customers").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action=\"/demo/wipe\""))));

        mvc.perform(post("/demo/wipe").with(ADMIN).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("No demo to wipe"));
        mvc.perform(post("/demo/wipe")
                        .with(ADMIN)
                        .with(csrf())
                        .accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "es"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("No hay demo que borrar"));
        mvc.perform(post("/demo/wipe")
                        .with(ADMIN)
                        .with(csrf())
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/customers"))
                .andExpect(flash().attribute("flashError", "demo.wipe.notShowing"));

        assertThat(count("customer")).isEqualTo(customers);
        assertThat(count("audit_entry WHERE action = 'DEMO_WIPED'")).isZero();
        assertThat(count("audit_entry")).isEqualTo(auditEntries);
    }

    long count(String tableAndCondition) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }
}
