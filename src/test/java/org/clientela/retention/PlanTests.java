package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.retention.internal.plan.ActionResult;
import org.clientela.retention.internal.plan.ActionResults;
import org.clientela.retention.internal.plan.Actions;
import org.clientela.retention.internal.plan.IdeaStatus;
import org.clientela.retention.internal.plan.Ideas;
import org.clientela.retention.internal.segments.CustomerSegmentation;
import org.clientela.retention.internal.segments.RfmSegment;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The retention plan pages and the measured result on a real database (H2 and PostgreSQL twins). */
@EmptyBusiness
abstract class PlanTests {

    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");
    static final RequestPostProcessor SALES = user("sales").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Ideas ideas;

    @Autowired
    Actions actions;

    @Autowired
    ActionResults results;

    @Autowired
    CustomerSegmentation segmentation;

    @Test
    void anIdeaNeedsATitleSaidInTheReadersLanguage() throws Exception {
        mvc.perform(post("/retention/plan/ideas")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("title", " ")
                        .param("source", "Reunión de equipo")
                        .param("proposedOn", "2026-01-10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("no debe estar vacío")));
        mvc.perform(post("/retention/plan/ideas")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("title", "Call them")
                        .param("source", "Staff meeting")
                        .param("proposedOn", "not a date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/retention/plan/ideas")
                        .with(SALES)
                        .with(csrf())
                        .param("title", "x")
                        .param("source", "y")
                        .param("proposedOn", "2026-01-10"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBlockedCustomerIsRefusedByNumberWithTheOthersStillAccepted() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long blocked = f.customer("Bloqueado Plan");
        long other = f.customer("Libre Plan");
        String blockedNumber = numberOf(blocked);
        // Blocked as the privacy module blocks (LOPDGDD art. 32): the customers module's mark.
        jdbc.sql("UPDATE customer SET blocked_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("id", blocked)
                .update();
        long idea = ideas.add("Bloqueo " + f.marker, null, "Reunión de equipo", null, LocalDate.now(clock));
        for (String[] language :
                new String[][] {{"es", "Estos clientes están bloqueados"}, {"en", "These customers are blocked"}}) {
            mvc.perform(post("/retention/plan/actions")
                            .with(MANAGER)
                            .with(csrf())
                            .header("Accept-Language", language[0])
                            .param("ideaId", String.valueOf(idea))
                            .param("customerNumbers", numberOf(other) + ", " + blockedNumber)
                            .param("startDate", LocalDate.now(clock).toString())
                            .param("windowDays", "30"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(language[1])))
                    .andExpect(content().string(containsString(blockedNumber)));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE idea_id = :idea")
                        .param("idea", idea)
                        .query(Long.class)
                        .single())
                .as("no action started")
                .isZero();
        mvc.perform(post("/retention/plan/actions")
                        .with(MANAGER)
                        .with(csrf())
                        .param("ideaId", String.valueOf(idea))
                        .param("customerNumbers", numberOf(other))
                        .param("startDate", LocalDate.now(clock).toString())
                        .param("windowDays", "30"))
                .andExpect(status().is3xxRedirection());
    }

    private String numberOf(long customerId) {
        return jdbc.sql("SELECT customer_number FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(String.class)
                .single();
    }

    @Test
    void anIdeaIsNotedAppliedToAListAndSaysWhenThereIsNotEnoughData() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long cat = f.category("Varios");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = f.customer("Plan " + i);
            f.order(id, LocalDate.now(clock).minusDays(30), cat, "10.00");
            numbers.add(jdbc.sql("SELECT customer_number FROM customer WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single());
        }
        segmentation.runNow();
        mvc.perform(post("/retention/plan/ideas")
                        .with(MANAGER)
                        .with(csrf())
                        .param("title", "Llamar a los dormidos " + f.marker)
                        .param("source", "Reunión de equipo")
                        .param("proposedBy", "Ana")
                        .param("proposedOn", "2026-01-10"))
                .andExpect(status().is3xxRedirection());
        long ideaId = jdbc.sql("SELECT id FROM retention_idea WHERE title = :t")
                .param("t", "Llamar a los dormidos " + f.marker)
                .query(Long.class)
                .single();
        mvc.perform(get("/retention/plan").with(SALES).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Llamar a los dormidos " + f.marker)))
                .andExpect(content().string(containsString("Reunión de equipo, propuesta por Ana")));

        mvc.perform(post("/retention/plan/actions")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("ideaId", String.valueOf(ideaId))
                        .param("startDate", "2026-01-10")
                        .param("windowDays", "30")
                        .param("holdoutPercent", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elige un segmento o pega números de cliente")));
        mvc.perform(post("/retention/plan/actions")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("ideaId", String.valueOf(ideaId))
                        .param("customerNumbers", numbers.get(0) + ", NOPE-" + f.marker)
                        .param("startDate", "2026-01-10")
                        .param("windowDays", "3")
                        .param("holdoutPercent", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("These numbers belong to no customer: NOPE-" + f.marker)))
                .andExpect(content().string(containsString("must be greater than or equal to 7")));
        mvc.perform(post("/retention/plan/actions")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("ideaId", String.valueOf(ideaId))
                        .param("customerNumbers", numbers.get(0))
                        .param("startDate", "9999-12-31")
                        .param("windowDays", "30")
                        .param("holdoutPercent", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The start date must be between 1900-01-01 and")));

        String location = mvc.perform(post("/retention/plan/actions")
                        .with(MANAGER)
                        .with(csrf())
                        .param("ideaId", String.valueOf(ideaId))
                        .param("customerNumbers", String.join("\n", numbers))
                        .param("startDate", LocalDate.now(clock).toString())
                        .param("windowDays", "30")
                        .param("holdoutPercent", "20"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long actionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        ActionResult result = results.result(actionId);
        assertThat(result.withAction().customers()).isEqualTo(3);
        assertThat(result.enoughData()).isFalse();
        assertThat(result.reason()).isEqualTo("WINDOW_OPEN");
        mvc.perform(get(location).with(SALES).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aún no hay datos suficientes")));
        mvc.perform(get(location).with(SALES).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not enough data yet")));
        mvc.perform(get("/retention/plan/actions/987654321").with(SALES)).andExpect(status().isNotFound());
    }

    @Test
    void anActionOnASegmentKeepsARandomShareAsideAndMeasuresAPastWindow() {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long cat = f.category("Varios");
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 5; i++) {
            f.order(f.customer("Dormido " + i), today.minusDays(900), cat, "4.00");
        }
        segmentation.runNow();
        long idea = ideas.add("Carta " + f.marker, null, "Reunión de equipo", null, today);
        long segmentSize = jdbc.sql("SELECT COUNT(*) FROM retention_customer_segment WHERE segment = 'LOST'")
                .query(Long.class)
                .single();

        long action = actions.applyToSegment(idea, RfmSegment.LOST, today.minusDays(200), 30, 20);

        ActionResult result = results.result(action);
        assertThat(result.withAction().customers() + result.without().customers())
                .isEqualTo(segmentSize);
        assertThat(result.windowPassed()).isTrue();
        // Lost customers bought nothing 200 to 170 days ago... unless another test's customer did
        assertThat(result.withAction().returned())
                .isLessThanOrEqualTo(result.withAction().customers());
        if (result.withAction().customers() < 30 || result.without().customers() < 30) {
            assertThat(result.reason()).isEqualTo("TOO_FEW");
        } else {
            assertThat(result.rateDifference()).isNotNull();
        }
    }

    @Test
    void theSecondOfTwoPeopleMovingAnIdeaToTheSameStatusIsToldItChangedMeanwhile() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long idea = ideas.add("Regalo " + f.marker, null, "Reunión de equipo", null, LocalDate.now(clock));

        mvc.perform(post("/retention/plan/ideas/{id}/status", idea)
                        .with(MANAGER)
                        .with(csrf())
                        .param("status", "ADOPTED"))
                .andExpect(flash().attribute("flash", "retention.plan.idea.changed"));
        mvc.perform(post("/retention/plan/ideas/{id}/status", idea)
                        .with(MANAGER)
                        .with(csrf())
                        .param("status", "ADOPTED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "retention.plan.idea.stateConflict"));

        assertThat(ideas.idea(idea).status()).isEqualTo(IdeaStatus.ADOPTED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'retention_idea' AND entity_id = :id"
                                + " AND action = 'RETENTION_IDEA_ADOPTED'")
                        .param("id", String.valueOf(idea))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
