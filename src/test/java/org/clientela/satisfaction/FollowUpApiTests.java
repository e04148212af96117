package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.Role;
import org.clientela.platform.SettingsStore;
import org.clientela.platform.UserDirectory;
import org.clientela.support.SettingsResets;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Follow-up calls on H2 and PostgreSQL with the clock stopped on chosen days of a year no other test
 * writes orders in: the rule (first orders and large ones, the days after delivery or after the
 * order without one, one per customer in its gap, nothing more on a second run), due days across
 * weekends and a holiday, every outcome, roles and bad input.
 */
abstract class FollowUpApiTests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    BusinessSettings business;

    @Autowired
    SettingsStore settings;

    final String marker = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String owner = "o" + marker;
    RequestPostProcessor asOwner;

    @BeforeEach
    void ownerAndTheDefaultRule(@Autowired UserDirectory users) {
        users.ensure(owner, "Olga " + marker, Role.SALES);
        asOwner = user(owner).roles("SALES");
        jdbc.sql("""
                        UPDATE satisfaction_follow_up_rule SET days_after = 7, first_orders = TRUE, min_amount = 500.00,
                            gap_days = 30, due_working_days = 2 WHERE id = 1""").update();
    }

    @AfterEach
    void backToTheDefaults() {
        clock.reset();
        SettingsResets.reset(jdbc);
    }

    /** A day of 2013 for this test alone: each test class run and method takes a week of its own. */
    static LocalDate weekOf(int week) {
        return LocalDate.of(2013, 1, 7).plusWeeks(week);
    }

    void stopAt(LocalDate day) {
        clock.stopAt(day.atTime(LocalTime.of(10, 0)).atZone(business.timeZone()).toInstant());
    }

    long customer(String name) {
        long id = new CustomerFixtures(context).person(name + " " + marker);
        jdbc.sql("UPDATE customer SET owner_username = :o WHERE id = :id")
                .param("o", owner)
                .param("id", id)
                .update();
        return id;
    }

    long order(long customer, LocalDate placed, LocalDate delivered, String amount) {
        String number = "F" + marker + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                            created_at, delivered_on)
                        VALUES (:n, :c, :placed, 'EUR', :amount, 1, :now, :delivered)""")
                .param("n", number)
                .param("c", customer)
                .param("placed", Date.valueOf(placed))
                .param("amount", new java.math.BigDecimal(amount))
                .param("now", Timestamp.from(java.time.Instant.now()))
                .param("delivered", delivered == null ? null : Date.valueOf(delivered), java.sql.Types.DATE)
                .update();
        return jdbc.sql("SELECT id FROM sales_order WHERE order_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    String run(LocalDate day) throws Exception {
        return mvc.perform(post("/api/v1/follow-ups/run").with(MANAGER).param("date", day.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    Map<String, Object> followUpOf(long order) {
        return jdbc.sql("SELECT * FROM satisfaction_follow_up WHERE order_id = :o")
                .param("o", order)
                .query()
                .singleRow();
    }

    long followUpIdOf(long order) {
        return ((Number) followUpOf(order).get("id")).longValue();
    }

    String outcome(RequestPostProcessor who, long followUp, String json, int expected) throws Exception {
        return mvc.perform(post("/api/v1/follow-ups/{id}/outcome", followUp)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theRuleCallsAfterFirstAndLargeOrdersOncePerCustomerAndASecondRunGivesNothingMore() throws Exception {
        // Wednesday: the orders that reached their customers the Wednesday before.
        LocalDate day = weekOf(0).plusDays(2);
        LocalDate reached = day.minusDays(7);
        long first = order(customer("Primera"), reached.minusDays(3), reached, "40.00");
        long large = customer("Grande");
        order(large, reached.minusDays(60), reached.minusDays(58), "10.00");
        long largeOrder = order(large, reached, null, "500.00");
        long small = customer("Pequeña");
        order(small, reached.minusDays(60), reached.minusDays(58), "10.00");
        long smallOrder = order(small, reached.minusDays(2), reached, "499.99");
        long late = order(customer("Tarde"), reached.minusDays(1), reached.plusDays(1), "40.00");
        long twice = customer("Dos");
        long twiceFirst = order(twice, reached, null, "600.00");
        long twiceLarge = order(twice, reached.minusDays(1), reached, "900.00");

        String body = run(day);
        assertThat((Integer) JsonPath.read(body, "$.created")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.skipped")).isEqualTo(1);
        assertThat(followUpOf(first).get("reason")).isEqualTo("FIRST_ORDER");
        assertThat(followUpOf(largeOrder).get("reason")).isEqualTo("AMOUNT");
        assertThat(followUpOf(first).get("owner_user")).isEqualTo(owner);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_follow_up WHERE order_id IN (:ids)")
                        .param("ids", List.of(smallOrder, late))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_follow_up WHERE order_id IN (:ids)")
                        .param("ids", List.of(twiceFirst, twiceLarge))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Due two working days after Wednesday: Friday.
        assertThat(((Date) followUpOf(first).get("due_on")).toLocalDate()).isEqualTo(day.plusDays(2));

        String again = run(day);
        assertThat((Integer) JsonPath.read(again, "$.created")).isZero();
        assertThat((Integer) JsonPath.read(again, "$.skipped")).isEqualTo(4);
    }

    @Test
    void dueDaysSkipTheWeekendAndAHolidayAndACustomerIsCalledOnceInTheGap() throws Exception {
        LocalDate friday = weekOf(2).plusDays(4);
        LocalDate monday = friday.plusDays(3);
        settings.update(settings.view().version(), Map.of("service.holidays", monday.toString()));
        long customer = customer("Festivo");
        long firstOrder = order(customer, friday.minusDays(9), friday.minusDays(7), "40.00");
        assertThat((Integer) JsonPath.read(run(friday), "$.created")).isEqualTo(1);
        // Friday + 2 working days, Monday a holiday: Wednesday.
        assertThat(((Date) followUpOf(firstOrder).get("due_on")).toLocalDate()).isEqualTo(friday.plusDays(5));

        LocalDate tenDaysOn = friday.plusDays(10);
        long second = order(customer, tenDaysOn.minusDays(7), null, "800.00");
        String within = run(tenDaysOn);
        assertThat((Integer) JsonPath.read(within, "$.created")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_follow_up WHERE order_id = :o")
                        .param("o", second)
                        .query(Long.class)
                        .single())
                .isZero();
        LocalDate monthOn = friday.plusDays(31);
        long third = order(customer, monthOn.minusDays(7), null, "800.00");
        assertThat((Integer) JsonPath.read(run(monthOn), "$.created")).isEqualTo(1);
        assertThat(followUpOf(third).get("reason")).isEqualTo("AMOUNT");
    }

    @Test
    void noAnswerIsTriedTheNextWorkingDayTwiceAndThenEnds() throws Exception {
        LocalDate friday = weekOf(8).plusDays(4);
        LocalDate monday = friday.plusDays(3);
        settings.update(settings.view().version(), Map.of("service.holidays", monday.toString()));
        long order = order(customer("Silencio"), friday.minusDays(7), null, "40.00");
        run(friday);
        long id = followUpIdOf(order);
        stopAt(friday);
        outcome(asOwner, id, "{\"outcome\":\"NO_ANSWER\"}", 200);
        assertThat(((Date) followUpOf(order).get("due_on")).toLocalDate()).isEqualTo(monday.plusDays(1));
        assertThat(followUpOf(order).get("status")).isEqualTo("OPEN");
        stopAt(monday.plusDays(1));
        outcome(asOwner, id, "{\"outcome\":\"NO_ANSWER\"}", 200);
        assertThat(((Date) followUpOf(order).get("due_on")).toLocalDate()).isEqualTo(monday.plusDays(2));
        stopAt(monday.plusDays(2));
        String last = outcome(asOwner, id, "{\"outcome\":\"NO_ANSWER\"}", 200);
        assertThat((String) JsonPath.read(last, "$.followUp.status")).isEqualTo("DONE");
        assertThat((String) JsonPath.read(last, "$.followUp.outcome")).isEqualTo("NO_ANSWER");
        assertThat((Integer) JsonPath.read(last, "$.followUp.tries")).isEqualTo(3);
        outcome(asOwner, id, "{\"outcome\":\"ALL_FINE\"}", 409);
    }

    @Test
    void aProblemOpensACaseWithTheCustomersWordsAndDoNotCallStopsCallsAndPhoneSurveys() throws Exception {
        LocalDate day = weekOf(12).plusDays(1);
        long troubled = customer("Problema");
        long troubledOrder = order(troubled, day.minusDays(7), null, "40.00");
        long quiet = customer("Callado");
        long quietOrder = order(quiet, day.minusDays(7), null, "40.00");
        run(day);
        stopAt(day);
        outcome(asOwner, followUpIdOf(troubledOrder), "{\"outcome\":\"PROBLEM\"}", 422);
        String problem = outcome(
                asOwner,
                followUpIdOf(troubledOrder),
                "{\"outcome\":\"PROBLEM\",\"note\":\"La caja llegó abierta\"}",
                200);
        long caseId = ((Number) JsonPath.read(problem, "$.followUp.caseId")).longValue();
        Map<String, Object> opened = jdbc.sql("SELECT * FROM service_case WHERE id = :id")
                .param("id", caseId)
                .query()
                .singleRow();
        assertThat(((Number) opened.get("customer_id")).longValue()).isEqualTo(troubled);
        assertThat((String) opened.get("description"))
                .contains("La caja llegó abierta")
                .contains((String) followUpOf(troubledOrder).get("order_number"));
        assertThat(opened.get("owner_username")).isEqualTo(owner);

        outcome(asOwner, followUpIdOf(quietOrder), "{\"outcome\":\"DO_NOT_CALL\"}", 200);
        String phone = mvc.perform(post("/api/v1/surveys")
                        .with(asOwner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"kind\":\"NPS\",\"mode\":\"PHONE\"}".formatted(quiet)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(phone, "$.skipReason")).isEqualTo("DO_NOT_CONTACT");
        long later = order(quiet, day.plusDays(60).minusDays(7), null, "900.00");
        run(day.plusDays(60));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_follow_up WHERE order_id = :o")
                        .param("o", later)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void allFineMayCarryTheSatisfactionQuestionsIntoTheOneLedger() throws Exception {
        LocalDate day = weekOf(16).plusDays(1);
        long customer = customer("Contento");
        long order = order(customer, day.minusDays(7), null, "40.00");
        run(day);
        stopAt(day);
        outcome(asOwner, followUpIdOf(order), "{\"outcome\":\"ALL_FINE\",\"surveyKind\":\"CSAT\",\"score\":9}", 422);
        String fine = outcome(
                asOwner,
                followUpIdOf(order),
                "{\"outcome\":\"ALL_FINE\",\"surveyKind\":\"CSAT\",\"score\":5,\"note\":\"Muy bien\"}",
                200);
        long survey = ((Number) JsonPath.read(fine, "$.followUp.surveyId")).longValue();
        Map<String, Object> row = jdbc.sql("SELECT * FROM satisfaction_survey WHERE id = :id")
                .param("id", survey)
                .query()
                .singleRow();
        assertThat(row.get("mode")).isEqualTo("PHONE");
        assertThat(row.get("status")).isEqualTo("ANSWERED");
        assertThat(((Number) row.get("score")).intValue()).isEqualTo(5);
        assertThat(((Number) row.get("order_id")).longValue()).isEqualTo(order);
        mvc.perform(get("/api/v1/follow-ups/figures")
                        .with(asOwner)
                        .param("from", day.toString())
                        .param("to", day.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value(1))
                .andExpect(jsonPath("$.doneOnTime").value(1))
                .andExpect(jsonPath("$.problemsPer100Orders").value(0.0));
    }

    @Test
    void theFollowUpPageListsTheOpenCallsAndShowsTheRuleToManagers() throws Exception {
        LocalDate day = weekOf(28).plusDays(1);
        long order = order(customer("Página"), day.minusDays(7), null, "40.00");
        run(day);
        mvc.perform(get("/satisfaction/follow-ups").with(asOwner).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Página " + marker)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("id=\"follow-up-rule\""))));
        mvc.perform(get("/satisfaction/follow-ups").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"follow-up-rule\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString((String)
                        followUpOf(order).get("order_number"))));
    }

    /**
     * The page's forms, through the session as a browser sends them: a call recorded by its owner and
     * a rule with an amount that is no number both come back to the page with their message (the
     * flash once could not be stored in the session, and both answered a bare 500).
     */
    @Test
    void thePageRecordsACallAndNamesABadAmountOfTheRule() throws Exception {
        LocalDate day = weekOf(24).plusDays(1);
        long order = order(customer("Formulario"), day.minusDays(7), null, "40.00");
        run(day);
        long followUp = followUpIdOf(order);

        mvc.perform(
                        post("/satisfaction/follow-ups/{id}/outcome", followUp)
                                .with(asOwner)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("outcome", "NO_ANSWER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("recorded"));
        assertThat(followUpOf(order).get("tries")).isEqualTo(1);

        mvc.perform(
                        post("/satisfaction/follow-ups/rule")
                                .with(MANAGER)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("daysAfter", "3")
                                .param("minAmount", "cuarenta")
                                .param("gapDays", "30")
                                .param("dueWorkingDays", "2")
                                .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("ruleError"));
    }

    @Test
    void theOwnersDayShowsTheCallsDue() throws Exception {
        LocalDate day = weekOf(20).plusDays(1);
        long order = order(customer("Mi día"), day.minusDays(7), null, "40.00");
        run(day);
        stopAt(day.plusDays(2));
        mvc.perform(get("/satisfaction/my-day/follow-ups").with(asOwner))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mi día " + marker)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString((String)
                        followUpOf(order).get("order_number"))));
    }

    @Test
    void onlyManagersRunAndChangeTheRuleAndOnlyTheOwnerRecordsTheirCall() throws Exception {
        mvc.perform(post("/api/v1/follow-ups/run").with(asOwner).param("date", "2013-06-01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/follow-ups/run").with(MANAGER).param("date", "mañana"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(
                        put("/api/v1/follow-ups/rule")
                                .with(asOwner)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"daysAfter\":7,\"firstOrders\":true,\"gapDays\":30,\"dueWorkingDays\":2,\"version\":0}"))
                .andExpect(status().isForbidden());
        long version = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/follow-ups/rule").with(asOwner))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();
        mvc.perform(put("/api/v1/follow-ups/rule")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"daysAfter\":-1,\"firstOrders\":false,\"gapDays\":30,\"dueWorkingDays\":2,\"version\":%d}"
                                        .formatted(version)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("daysAfter", "minAmount")));
        mvc.perform(put("/api/v1/follow-ups/rule")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"daysAfter\":5,\"firstOrders\":true,\"minAmount\":300,\"gapDays\":30,\"dueWorkingDays\":1,\"version\":%d}"
                                        .formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daysAfter").value(5));
        mvc.perform(put("/api/v1/follow-ups/rule")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"daysAfter\":6,\"firstOrders\":true,\"gapDays\":30,\"dueWorkingDays\":1,\"version\":%d}"
                                        .formatted(version)))
                .andExpect(status().isConflict());

        LocalDate day = weekOf(24).plusDays(1);
        long order = order(customer("Ajeno"), day.minusDays(5), null, "40.00");
        run(day);
        long id = followUpIdOf(order);
        outcome(user("x" + marker).roles("SALES"), id, "{\"outcome\":\"ALL_FINE\"}", 403);
        outcome(user("v" + marker).roles("VIEWER"), id, "{\"outcome\":\"ALL_FINE\"}", 403);
        outcome(asOwner, id, "{\"outcome\":\"MAYBE\"}", 422);
        outcome(MANAGER, id, "{\"outcome\":\"ALL_FINE\"}", 200);
    }
}
