package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.privacy.internal.erasure.RetentionRun;
import org.clientela.sales.ProspectPersonalData;
import org.clientela.support.EmptyBusiness;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The retention periods reach prospects who never became customers, on H2 and PostgreSQL, with the
 * test clock and on an empty business: one with no dealing for longer than
 * {@code clientela.privacy.retention.prospect-months} (24 by default) shows in the preview and is
 * anonymised by the run, straight away (no blocked step); one with a step inside the period stays,
 * and so does a won one, whose data is the customer's.
 */
@EmptyBusiness
abstract class ProspectRetentionTests {

    static final RequestPostProcessor ADMIN = user("retention-admin").roles("ADMIN");
    static final RequestPostProcessor ANA = user("ana").roles("SALES");

    @Autowired
    RetentionRun run;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    final String word = "Olvido" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);

    @BeforeEach
    void aSeller() {
        users.ensure("ana", "Ana Vendedora", Role.SALES);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    long prospect(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/prospects")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s","email":"%s@example.com"}""".formatted(name, name.replace(' ', '.'))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void step(long id, String kind) throws Exception {
        mvc.perform(post("/api/v1/prospects/{id}/activities", id)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"%s","minutes":3,"amount":%s,"note":"Habló con %s"}""".formatted(kind, "WON".equals(kind) ? "500" : "null", word)))
                .andExpect(status().isCreated());
    }

    String name(long id) {
        return jdbc.sql("SELECT name FROM sales_prospect WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void aProspectIdleForTheSettingsMonthsIsInThePreviewAndAnonymisedByTheRun() throws Exception {
        LocalDate added = LocalDate.now(clock);
        long idle = prospect("Idle " + word);
        long busy = prospect("Busy " + word);
        long won = prospect("Won " + word);
        step(won, "WON");

        assertThat(run.preview(10).prospects()).isZero();
        clock.advance(Duration.ofDays(366));
        step(busy, "CALL");
        clock.advance(Duration.ofDays(300));
        assertThat(run.preview(10).prospects())
                .as("22 months, not yet past the 24")
                .isZero();
        clock.advance(Duration.ofDays(100));

        RetentionRun.Outcome preview = run.preview(10);
        assertThat(preview.prospects()).isEqualTo(1);
        assertThat(preview.firstProspects()).containsExactly(new RetentionRun.IdleProspect(idle, added));
        assertThat(preview.blocked() + preview.anonymised())
                .as("the won prospect's customer is within the customers' periods")
                .isZero();
        assertThat(name(idle)).as("the preview changes nothing").isEqualTo("Idle " + word);
        String page = mvc.perform(get("/privacy/retention").with(ADMIN).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("retention-prospects", "/sales/prospects/" + idle, "24 meses");

        RetentionRun.Outcome done = run.runNow(10).orElseThrow();
        assertThat(done.firstProspects()).isEqualTo(preview.firstProspects());
        assertThat(name(idle)).isEqualTo(ProspectPersonalData.marker(idle));
        assertThat(name(busy)).isEqualTo("Busy " + word);
        assertThat(name(won)).isEqualTo("Won " + word);
        assertThat(jdbc.sql("SELECT origin FROM privacy_prospect_erasure WHERE prospect_id = :id")
                        .param("id", idle)
                        .query(String.class)
                        .list())
                .as("journalled, so a restore of an older archive forgets them again")
                .isEqualTo(List.of("SCHEDULE"));
        String found = mvc.perform(
                        get("/api/v1/prospects").param("q", "Idle " + word).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<?>>read(found, "$.items")).isEmpty();
        assertThat(run.preview(10).prospects()).as("anonymised once").isZero();

        clock.advance(Duration.ofDays(366));
        assertThat(run.preview(10).firstProspects())
                .extracting(RetentionRun.IdleProspect::prospectId)
                .containsExactly(busy);
    }
}
