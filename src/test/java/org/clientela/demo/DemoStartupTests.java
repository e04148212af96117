package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code clientela.demo=false} a new embedded database starts empty, without the banner. */
@ApplicationTest
@TestPropertySource(properties = {"clientela.demo=false", "spring.application.name=clientela-empty"})
class DemoStartupTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void startsEmptyWhenTheDemoIsOff() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_setting WHERE setting_key LIKE 'demo.%'")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/customers").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<main")))
                .andExpect(content().string(not(containsString("action=\"/demo/wipe\""))));
    }
}
