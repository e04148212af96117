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
        assertTheDemoHasAYearOfProspecting();
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

    /**
     * Two campaigns, one of each strategy, with enough conversations for the comparison page; the
     * top-down one turning more of them into appointments; won prospects who are demo customers
     * that first bought after the sale; and an appointment due today or tomorrow for every seller.
     */
    void assertTheDemoHasAYearOfProspecting() {
        long topDown = campaign(DemoSales.TOP_DOWN, "TOP_DOWN");
        long bottomUp = campaign(DemoSales.BOTTOM_UP, "BOTTOM_UP");
        double[] conversionToAppointment = new double[2];
        for (long campaign : new long[] {topDown, bottomUp}) {
            String prospects = "sales_prospect WHERE campaign_id = " + campaign;
            long conversations = count(prospects + " AND first_conversation_at IS NOT NULL");
            assertThat(conversations).isGreaterThanOrEqualTo(30);
            long appointments = count(prospects + " AND first_appointment_at IS NOT NULL");
            conversionToAppointment[campaign == topDown ? 0 : 1] = appointments / (double) conversations;
            assertThat(count(prospects + " AND outcome = 'WON'")).isPositive();
            assertThat(count(prospects + " AND outcome = 'WON' AND (customer_id IS NULL OR won_amount IS NULL)"))
                    .isZero();
            assertThat(count(prospects + " AND outcome = 'LOST' AND lost_reason IS NULL"))
                    .isZero();
            assertThat(count(prospects + " AND (first_call_at > first_conversation_at"
                            + " OR first_conversation_at > first_appointment_at OR first_appointment_at > first_meeting_at"
                            + " OR first_meeting_at > first_proposal_at"
                            + " OR (first_proposal_at IS NOT NULL AND first_meeting_at IS NULL))"))
                    .as("stages never run backwards")
                    .isZero();
        }
        System.out.printf(
                "Demo prospecting: conversation to appointment %.3f top-down, %.3f bottom-up%n",
                conversionToAppointment[0], conversionToAppointment[1]);
        assertThat(conversionToAppointment[0]).isBetween(0.04, 0.18);
        assertThat(conversionToAppointment[1]).isBetween(0.04, 0.18);
        assertThat(conversionToAppointment[0]).isGreaterThan(conversionToAppointment[1] * 1.5);
        assertThat(count("sales_prospect p WHERE outcome = 'WON' AND NOT EXISTS (SELECT 1 FROM customer c"
                        + " WHERE c.id = p.customer_id)"))
                .as("every won prospect is a demo customer")
                .isZero();
        assertThat(count("sales_prospect p WHERE outcome = 'WON' AND EXISTS (SELECT 1 FROM sales_order o"
                        + " WHERE o.customer_id = p.customer_id AND o.order_date <= CAST(p.decided_at AS DATE))"))
                .as("who first bought after the sale")
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT COUNT(DISTINCT a.seller_username) FROM sales_activity a"
                                        + " JOIN sales_prospect p ON p.id = a.prospect_id WHERE p.outcome IS NULL"
                                        + " AND a.kind = 'APPOINTMENT' AND a.appointment_at > :now AND a.appointment_at < :later")
                        .param(
                                "now",
                                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(36 * 3600)))
                        .param(
                                "later",
                                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60 * 3600)))
                        .query(Long.class)
                        .single())
                .as("every seller has an appointment due today or tomorrow")
                .isEqualTo(DemoPeople.OWNERS.size());
    }

    private long campaign(String name, String strategy) {
        return jdbc.sql("SELECT id FROM sales_campaign WHERE name = :name AND strategy = :strategy")
                .param("name", name)
                .param("strategy", strategy)
                .query(Long.class)
                .single();
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
