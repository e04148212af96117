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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo workspace as a new user meets it: a full business on the first start, the banner on
 * every page, and a wipe that only an admin may do (H2 and PostgreSQL twins).
 */
abstract class DemoWorkspaceTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor SALES = user("luis").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * Brings the database to the state of a first start with the demo on.
     *
     * @return the last audit entry id before the demo was loaded
     */
    abstract long startWithTheDemo();

    @Test
    void loadsTheDemoBusinessThenAnAdminWipesIt() throws Exception {
        long auditBefore = startWithTheDemo();

        assertThat(count("customer")).isEqualTo(DemoLoader.CUSTOMERS);
        assertThat(count("sales_order")).isGreaterThan(5_000);
        assertThat(count("order_line")).isGreaterThan(count("sales_order"));
        assertThat(count("sales_order WHERE delivered_on IS NOT NULL"))
                .as("the demo's orders arrive, so the delivery figures have something to show")
                .isGreaterThan(count("sales_order") * 9 / 10);
        assertThat(count("sales_order WHERE delivered_on > order_date + 4"))
                .as("some of them late")
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT customer_id) FROM sales_order")
                        .query(Long.class)
                        .single())
                .isBetween(220L, 290L);
        assertThat(setting(DemoState.LOADED)).isEqualTo("true");
        assertThat(setting(DemoState.ACTIVE)).isEqualTo("true");
        assertThat(count("retention_loss")).as("the demo's lost customers").isGreaterThan(10);
        assertThat(count("audit_entry WHERE action = 'CUSTOMERS_IMPORTED' AND id > " + auditBefore))
                .isEqualTo(1);
        // Half a year of customer service: mostly resolved, a few open (some the admin's, with a call-back due).
        assertThat(count("service_case WHERE status = 'RESOLVED'")).isGreaterThan(60);
        assertThat(count("service_case WHERE status IN ('OPEN', 'IN_PROGRESS')"))
                .isBetween(5L, 15L);
        assertThat(count("service_case WHERE owner_username = 'admin' AND status IN ('OPEN', 'IN_PROGRESS')"))
                .isPositive();
        assertThat(count("service_promise WHERE owner_username = 'admin' AND status = 'PENDING'"))
                .isPositive();
        assertThat(count("service_promise WHERE status = 'KEPT'"))
                .isGreaterThan(count("service_promise WHERE status = 'BROKEN'"));
        assertThat(count("service_promise WHERE status = 'BROKEN'")).isPositive();
        assertThat(count("service_case_note WHERE kind = 'TOLD_CUSTOMER'"))
                .isGreaterThan(count("service_case WHERE status = 'RESOLVED'"));
        assertThat(count("service_concession")).isPositive();
        assertThat(count("audit_entry WHERE action = 'CASES_BROUGHT_IN' AND id > " + auditBefore))
                .isEqualTo(1);
        mvc.perform(get("/service").with(ADMIN).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Llamar para contar cómo va")));
        mvc.perform(get("/customers").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/demo/wipe\"")));

        mvc.perform(post("/demo/wipe").with(SALES).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/demo/wipe").with(ADMIN)).andExpect(status().isForbidden());
        assertThat(count("customer")).isEqualTo(DemoLoader.CUSTOMERS);

        mvc.perform(post("/demo/wipe").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/customers"))
                .andExpect(flash().attribute("flash", "demo.wiped"));

        assertThat(count("customer")).isZero();
        assertThat(count("customer_search_term")).isZero();
        assertThat(count("sales_order")).isZero();
        assertThat(count("order_line")).isZero();
        assertThat(count("product")).isZero();
        assertThat(count("product_category")).isZero();
        assertThat(count("retention_loss")).as("the demo's lost customers").isZero();
        assertThat(count("service_case")).isZero();
        assertThat(count("service_promise")).isZero();
        assertThat(setting(DemoState.ACTIVE)).isEqualTo("false");
        assertThat(count("audit_entry WHERE action = 'DEMO_WIPED' AND id > " + auditBefore))
                .isEqualTo(1);
        mvc.perform(get("/customers").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action=\"/demo/wipe\""))));
        // A second wipe finds no demo: whatever the business adds from now on is never wiped.
        mvc.perform(post("/demo/wipe").with(ADMIN).with(csrf())).andExpect(status().isConflict());
        assertThat(count("audit_entry WHERE action = 'DEMO_WIPED' AND id > " + auditBefore))
                .isEqualTo(1);
    }

    long count(String tableAndCondition) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    String setting(String key) {
        return jdbc.sql("SELECT setting_value FROM app_setting WHERE setting_key = :key")
                .param("key", key)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
