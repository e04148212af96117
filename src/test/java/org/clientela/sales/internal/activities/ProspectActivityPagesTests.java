package org.clientela.sales.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The activity section of the prospect page: the quick form, its errors next to the fields, the timeline. */
@ApplicationTest
class ProspectActivityPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSectionShowsTheStageAFormWithAKeyPerKindAndTheTimeline() throws Exception {
        ActivityFixtures fixtures = new ActivityFixtures(jdbc);
        String ana = "ana-" + fixtures.marker;
        long prospect = fixtures.prospect("Sección", ana, null);

        mvc.perform(get("/sales/prospects/{id}/activities", prospect)
                        .with(user(ana).roles("SALES"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"prospect-activities\"")))
                .andExpect(content().string(containsString("Etapa: Seleccionado")))
                .andExpect(content().string(containsString("accesskey=\"1\"")))
                .andExpect(content().string(containsString("hx-post=\"/sales/prospects/" + prospect + "/activities\"")))
                .andExpect(content().string(containsString("Aún no hay pasos anotados.")));

        mvc.perform(post("/sales/prospects/{id}/activities", prospect)
                        .with(user(ana).roles("SALES"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("Accept-Language", "es")
                        .param("kind", "PROPOSAL")
                        .param("at", "2025-03-14T10:30")
                        .param("minutes", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indica el importe: una propuesta o una venta lo llevan.")))
                .andExpect(content().string(containsString("has-error")));
        assertThat(fixtures.activities(prospect)).isZero();

        mvc.perform(post("/sales/prospects/{id}/activities", prospect)
                        .with(user(ana).roles("SALES"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("Accept-Language", "es")
                        .param("kind", "PROPOSAL")
                        .param("at", "2025-03-14T10:30")
                        .param("minutes", "20")
                        .param("amount", "2400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paso anotado.")))
                .andExpect(content().string(containsString("Etapa: Propuesta")))
                .andExpect(content().string(containsString("/sales/business-cases/new?activityId=")))
                .andExpect(content().string(not(containsString("Indica el importe"))));
        assertThat(fixtures.activities(prospect)).isEqualTo(1);
    }

    @Test
    void afterAWinTheSectionLinksTheCustomerAndOffersNoForm() throws Exception {
        ActivityFixtures fixtures = new ActivityFixtures(jdbc);
        long prospect = fixtures.prospect("Ganada Página", null, null);
        mvc.perform(post("/sales/prospects/{id}/activities", prospect)
                        .with(user("marta").roles("MANAGER"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("Accept-Language", "en")
                        .param("kind", "WON")
                        .param("amount", "900"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stage: Won")))
                .andExpect(content().string(containsString("id=\"prospect-customer-link\"")))
                .andExpect(content().string(containsString("This prospect is decided")))
                .andExpect(content().string(not(containsString("id=\"activity-form\""))));
        Object customer = fixtures.column(prospect, "customer_id");
        assertThat(customer).isNotNull();
    }

    @Test
    void aViewerSeesTheTimelineWithoutTheFormAndServicePeopleAreTurnedAway() throws Exception {
        ActivityFixtures fixtures = new ActivityFixtures(jdbc);
        long prospect = fixtures.prospect("Mirada", "luis-" + fixtures.marker, null);
        mvc.perform(get("/sales/prospects/{id}/activities", prospect)
                        .with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"activity-form\""))));
        mvc.perform(get("/sales/prospects/{id}/activities", prospect)
                        .with(user("sole").roles("SERVICE")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sales/prospects/{id}/activities", prospect)
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("kind", "CALL"))
                .andExpect(status().isForbidden());
    }
}
