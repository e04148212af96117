package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.clientela.platform.PersonalDataAnonymiser.ErasedPerson;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Erasing a customer (issue 19), on H2 and PostgreSQL: afterwards no text column of any table holds
 * the person's name, e-mail, phone or tax id, the search finds nothing by them, the record answers
 * anonymised, and the figures are what they were to the cent; a dry run changes nothing and says no
 * personal data; only an admin erases, once; a restore of an older archive erases the person again.
 */
abstract class ErasureTests {

    static final RequestPostProcessor ADMIN = user("privacy-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    PersonEverywhere person;

    @BeforeEach
    void aPersonEverywhere() throws Exception {
        person = new PersonEverywhere(mvc, dataSource);
    }

    ResultActions erase(RequestPostProcessor who, long id, boolean dryRun) throws Exception {
        return mvc.perform(post("/api/v1/customers/{id}/erasure", id)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content("{\"dryRun\":" + dryRun + "}"));
    }

    /** Every text column of every table that holds any of the person's values: {@code table.column}. */
    List<String> placesHolding(List<String> values) throws SQLException {
        return TextColumnSearch.placesHolding(dataSource, jdbc, values);
    }

    /** The figures an erasure must not move: revenue by month, per-customer model inputs, cases by outcome. */
    List<String> figures() {
        List<String> figures = new ArrayList<>();
        figures.addAll(jdbc.sql("""
                        SELECT EXTRACT(YEAR FROM order_date) AS y, EXTRACT(MONTH FROM order_date) AS m,
                               SUM(total_amount) AS revenue, COUNT(*) AS orders
                          FROM sales_order GROUP BY EXTRACT(YEAR FROM order_date), EXTRACT(MONTH FROM order_date)
                         ORDER BY 1, 2""")
                .query((row, n) -> "month " + row.getInt(1) + "-" + row.getInt(2) + " " + row.getBigDecimal(3) + " "
                        + row.getLong(4))
                .list());
        figures.addAll(jdbc.sql("""
                        SELECT customer_id, COUNT(DISTINCT order_date), MIN(order_date), MAX(order_date),
                               SUM(total_amount), COUNT(*)
                          FROM sales_order GROUP BY customer_id ORDER BY customer_id""")
                .query((row, n) -> "customer " + row.getLong(1) + " days " + row.getLong(2) + " " + row.getDate(3)
                        + ".." + row.getDate(4) + " " + row.getBigDecimal(5) + " " + row.getLong(6))
                .list());
        figures.addAll(jdbc.sql("""
                        SELECT SUM(quantity), SUM(amount), COUNT(*) FROM order_line""")
                .query((row, n) -> "lines " + row.getBigDecimal(1) + " " + row.getBigDecimal(2) + " " + row.getLong(3))
                .list());
        figures.addAll(jdbc.sql("""
                        SELECT status, resolution, COUNT(*) FROM service_case
                         GROUP BY status, resolution ORDER BY 1, 2""")
                .query((row, n) -> "cases " + row.getString(1) + " " + row.getString(2) + " " + row.getLong(3))
                .list());
        figures.addAll(jdbc.sql("""
                        SELECT kind, COUNT(*), SUM(score) FROM satisfaction_survey GROUP BY kind ORDER BY 1""")
                .query((row, n) -> "surveys " + row.getString(1) + " " + row.getLong(2) + " " + row.getLong(3))
                .list());
        return figures;
    }

    int found(String text) throws Exception {
        String body = mvc.perform(get("/api/v1/customers").param("q", text).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.<List<?>>read(body, "$.items").size();
    }

    @Test
    void afterAnErasureNoTextColumnAnywhereHoldsThePersonAndTheFiguresStayToTheCent() throws Exception {
        assertThat(placesHolding(person.values()))
                .as("the fixture puts the person into the places the product keeps them")
                .contains(
                        "customer.name",
                        "contact.email",
                        "audit_entry.after_state",
                        "service_letter.body",
                        "satisfaction_idea.body",
                        "sales_prospect.tax_id",
                        "order_line.description");
        for (String value : List.of(person.name, person.email, person.phone)) {
            assertThat(found(value)).as("found by %s before", value).isEqualTo(1);
        }
        List<String> before = figures();

        erase(ADMIN, person.customerId, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.state").value("ANONYMISED"));

        assertThat(placesHolding(person.values())).isEmpty();
        assertThat(figures()).isEqualTo(before);
        for (String value : List.of(person.name, person.email, person.phone, person.phoneDigits)) {
            assertThat(found(value)).as("found by %s after", value).isZero();
        }
        mvc.perform(get("/api/v1/customers/{id}", person.customerId).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(ErasedPerson.marker(person.customerId)))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.taxId").doesNotExist());
    }

    @Test
    void aDryRunSaysWhatWillChangeWithoutPersonalDataAndChangesNothing() throws Exception {
        List<String> places = placesHolding(person.values());
        List<String> before = figures();

        String answer = erase(ADMIN, person.customerId, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.changes[?(@.table == 'customer' && @.column == 'name')].rows")
                        .value(1))
                .andExpect(jsonPath("$.changes[?(@.table == 'contact')].rows").value(1))
                .andExpect(jsonPath("$.changes[?(@.table == 'service_letter' && @.column == 'body')].module")
                        .value("service"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (String value : person.values()) {
            assertThat(answer.toLowerCase(Locale.ROOT)).doesNotContain(value.toLowerCase(Locale.ROOT));
        }
        assertThat(placesHolding(person.values())).isEqualTo(places);
        assertThat(figures()).isEqualTo(before);
        assertThat(found(person.name)).isEqualTo(1);
    }

    @Test
    void onlyAnAdminErasesOnceAndTheAuditSaysSoWithoutPersonalData() throws Exception {
        for (String role : List.of("MANAGER", "SALES", "SERVICE", "VIEWER")) {
            erase(user("privacy-" + role.toLowerCase(Locale.ROOT)).roles(role), person.customerId, false)
                    .andExpect(status().isForbidden());
            erase(user("privacy-" + role.toLowerCase(Locale.ROOT)).roles(role), person.customerId, true)
                    .andExpect(status().isForbidden());
        }
        erase(ADMIN, 987_654_321L, true).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/{id}/erasure", person.customerId)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dryRun"));

        erase(ADMIN, person.customerId, false).andExpect(status().isOk());
        erase(ADMIN, person.customerId, false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/erasure-state"));
        erase(ADMIN, person.customerId, true).andExpect(status().isConflict());

        List<String> entries = jdbc.sql("""
                        SELECT COALESCE(summary, '') || COALESCE(words, '') FROM audit_entry
                         WHERE action = 'PRIVACY_CUSTOMER_ANONYMISED' AND entity_id = :id""")
                .param("id", Long.toString(person.customerId))
                .query(String.class)
                .list();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).doesNotContain(person.name, person.email, person.phone, person.taxId);
    }

    @Test
    void thePagesShowTheDryRunAndAnonymiseOnlyWithTheNumberTypedByAnAdmin() throws Exception {
        String number = jdbc.sql("SELECT customer_number FROM customer WHERE id = :id")
                .param("id", person.customerId)
                .query(String.class)
                .single();
        RequestPostProcessor manager = user("privacy-manager").roles("MANAGER");
        mvc.perform(get("/privacy/erasure/panel/{id}", person.customerId).with(manager))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("erasure-anonymise"))));
        mvc.perform(get("/privacy/erasure/customers/{id}", person.customerId).with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(
                        post("/privacy/erasure/customers/{id}", person.customerId)
                                .with(manager)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("confirmation", number))
                .andExpect(status().isForbidden());
        mvc.perform(get("/privacy/retention").with(manager)).andExpect(status().isOk());
        mvc.perform(
                        post("/privacy/retention/run")
                                .with(manager)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());

        String preview = mvc.perform(get("/privacy/erasure/customers/{id}", person.customerId)
                        .with(ADMIN)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains("id=\"erasure-changes\"", "service_letter");
        mvc.perform(
                        post("/privacy/erasure/customers/{id}", person.customerId)
                                .with(ADMIN)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("confirmation", "no-es-este"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("erasure-confirmation-error")));
        assertThat(found(person.name)).isEqualTo(1);
        mvc.perform(post("/privacy/erasure/customers/{id}", person.customerId)
                        .with(ADMIN)
                        .param("confirmation", number))
                .andExpect(status().isForbidden());
        mvc.perform(
                        post("/privacy/erasure/customers/{id}", person.customerId)
                                .with(ADMIN)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("confirmation", " " + number.toLowerCase(Locale.ROOT) + " "))
                .andExpect(status().is3xxRedirection());
        assertThat(placesHolding(person.values())).isEmpty();
    }

    /** A backup taken now, through the API, as its archive's bytes. */
    static byte[] archiveNow(MockMvc mvc, RequestPostProcessor admin) throws Exception {
        String backup = mvc.perform(post("/api/v1/backups").with(admin))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(backup, "$.id")).longValue();
        return mvc.perform(get("/api/v1/backups/{id}/archive", id).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Restores {@code archive} through the API and checks it applied at least one erasure again. */
    static void restoreReapplying(MockMvc mvc, RequestPostProcessor admin, byte[] archive) throws Exception {
        mvc.perform(post("/api/v1/restores")
                        .with(admin)
                        .contentType("application/zip")
                        .header("X-Confirm-Business", "Clientela")
                        .content(archive))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erasuresReapplied").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void restoringAnArchiveTakenBeforeAnErasureErasesThePersonAgain() throws Exception {
        byte[] archive = archiveNow(mvc, ADMIN);
        clock.advance(Duration.ofMinutes(5));
        erase(ADMIN, person.customerId, false).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(5));

        restoreReapplying(mvc, ADMIN, archive);

        assertThat(placesHolding(person.values())).isEmpty();
        assertThat(found(person.name)).isZero();
        erase(ADMIN, person.customerId, false).andExpect(status().isConflict());
    }
}
