package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.SettingsStore;
import org.clientela.service.MailFixtures;
import org.clientela.service.TargetShortening;
import org.clientela.support.SettingsResets;
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
 * The loyalty club through the API and the public join link, on H2 and PostgreSQL: tiers at each
 * boundary of spend, upgrades at once and downgrades only at the review, the faster response target
 * on a member's new case, the single-use e-mailed link (a GET joins nothing), roles and bad input.
 */
abstract class LoyaltyApiTests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor ANA = user("ana").roles("SALES");
    static final RequestPostProcessor SERGIO = user("sergio").roles("SERVICE");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    LoyaltyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LoyaltyFixtures(jdbc);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        SettingsResets.reset(jdbc);
    }

    long program(String basis, int reviewMonths, String tiers) throws Exception {
        String body = mvc.perform(post("/api/v1/loyalty/programs")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Club %s %s","basis":"%s","reviewMonths":%d,"tiers":[%s]}""".formatted(fixtures.marker, System.nanoTime(), basis, reviewMonths, tiers)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static final String THREE_TIERS = """
            {"name":"Bronce","threshold":100},
            {"name":"Plata","threshold":500,"discountPercent":5},
            {"name":"Oro","threshold":2000,"responseCutPercent":50,"surprise":"Una cesta en Navidad"}""";

    void joinInPerson(long program, long customer) throws Exception {
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"IN_PERSON\"}".formatted(customer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("JOINED"));
    }

    String tier(long customer) throws Exception {
        String body = mvc.perform(
                        get("/api/v1/customers/{id}/loyalty", customer).with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Object tier = JsonPath.read(body, "$.memberships[0].tier");
        return tier == null ? null : JsonPath.read(body, "$.memberships[0].tier.name");
    }

    void recompute(long program) throws Exception {
        mvc.perform(post("/api/v1/loyalty/programs/{id}/recompute", program).with(MANAGER))
                .andExpect(status().isOk());
    }

    /** The program page's button, through the session as a browser sends it (it once answered a bare 500). */
    @Test
    void theProgramPagesRecomputeButtonComesBackWithWhatItDid() throws Exception {
        long program = program("SPEND", 12, THREE_TIERS);
        mvc.perform(
                        post("/satisfaction/loyalty/{id}/recompute", program)
                                .with(MANAGER)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("recomputed"));
    }

    @Test
    void aCustomerHoldsTheTierTheirSpendReachesAtEachBoundary() throws Exception {
        long program = program("SPEND", 12, THREE_TIERS);
        LocalDate lately = LocalDate.now(clock).minusDays(10);
        String[][] cases = {
            {"99.99", null}, {"100.00", "Bronce"}, {"100.01", "Bronce"},
            {"499.99", "Bronce"}, {"500.00", "Plata"}, {"500.01", "Plata"},
            {"1999.99", "Plata"}, {"2000.00", "Oro"}, {"2000.01", "Oro"}
        };
        long[] customers = new long[cases.length];
        for (int i = 0; i < cases.length; i++) {
            customers[i] = fixtures.customer("Cliente " + i);
            // Two orders, so the sum is what counts, not one order's amount.
            java.math.BigDecimal total = new java.math.BigDecimal(cases[i][0]);
            java.math.BigDecimal first = total.divide(java.math.BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
            fixtures.order(customers[i], lately, first.toPlainString());
            fixtures.order(
                    customers[i], lately.plusDays(1), total.subtract(first).toPlainString());
            // An order older than 12 months never counts.
            fixtures.order(customers[i], LocalDate.now(clock).minusMonths(12), "5000.00");
            joinInPerson(program, customers[i]);
        }
        for (int i = 0; i < cases.length; i++) {
            assertThat(tier(customers[i]))
                    .as("on joining, spend " + cases[i][0])
                    .isEqualTo(cases[i][1]);
        }
        recompute(program);
        for (int i = 0; i < cases.length; i++) {
            assertThat(tier(customers[i]))
                    .as("after recomputing, spend " + cases[i][0])
                    .isEqualTo(cases[i][1]);
        }
        mvc.perform(get("/api/v1/loyalty/programs/{id}/figures", program).with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(cases.length))
                .andExpect(jsonPath("$.tiers[0].tier").value("Oro"))
                .andExpect(jsonPath("$.tiers[0].members").value(2))
                .andExpect(jsonPath("$.tiers[3].members").value(1))
                .andExpect(jsonPath("$.invitations.inPerson").value(cases.length))
                .andExpect(jsonPath("$.comparison.enoughData").value(false));
    }

    @Test
    void aMemberGoesUpAtOnceAndDownOnlyAtTheReview() throws Exception {
        // Reviews every 18 months: the spend leaves the 12-month window well before the review.
        long program = program("SPEND", 18, THREE_TIERS);
        long customer = fixtures.customer("Sube y baja");
        LocalDate today = LocalDate.now(clock);
        fixtures.order(customer, today.minusDays(1), "600.00");
        joinInPerson(program, customer);
        assertThat(tier(customer)).isEqualTo("Plata");

        fixtures.order(customer, today, "1400.00");
        recompute(program);
        assertThat(tier(customer)).as("up at once").isEqualTo("Oro");

        moveTo(today.plusMonths(11));
        recompute(program);
        assertThat(tier(customer)).as("the orders still count").isEqualTo("Oro");
        moveTo(today.plusMonths(13));
        recompute(program);
        assertThat(tier(customer))
                .as("no spend left, but no downgrade before the review")
                .isEqualTo("Oro");
        moveTo(today.plusMonths(18).minusDays(1));
        recompute(program);
        assertThat(tier(customer)).as("the day before the review").isEqualTo("Oro");
        moveTo(today.plusMonths(18));
        recompute(program);
        assertThat(tier(customer)).as("down at the review").isNull();
        String body = mvc.perform(
                        get("/api/v1/customers/{id}/loyalty", customer).with(VIEWER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> moves = JsonPath.read(body, "$.memberships[0].history[*].move");
        assertThat(moves).containsExactly("DOWNGRADE", "UPGRADE", "JOINED");
        mvc.perform(get("/api/v1/loyalty/programs/{id}", program).with(VIEWER))
                .andExpect(jsonPath("$.nextReview").value(today.plusMonths(36).toString()));
    }

    void moveTo(LocalDate day) {
        clock.moveTo(day);
    }

    @Test
    void aMembersNewCaseGetsTheTiersFasterResponseTarget() throws Exception {
        long program = program("SPEND", 12, THREE_TIERS);
        long member = fixtures.customer("Oro");
        long other = fixtures.customer("Sin club");
        fixtures.order(member, LocalDate.now(clock), "2500.00");
        long before = complaint(member);
        clock.advance(Duration.ofSeconds(2));
        joinInPerson(program, member);
        clock.advance(Duration.ofSeconds(2));
        long after = complaint(member);
        long plain = complaint(other);

        int plainFirst = targetHours(plain, "firstResponse");
        int plainResolution = targetHours(plain, "resolution");
        assertThat(targetHours(before, "firstResponse"))
                .as("a case opened before joining")
                .isEqualTo(plainFirst);
        assertThat(targetHours(after, "firstResponse")).isEqualTo(TargetShortening.shortened(plainFirst, 50));
        assertThat(targetHours(after, "firstResponse")).isLessThan(plainFirst);
        assertThat(targetHours(after, "resolution")).isEqualTo(TargetShortening.shortened(plainResolution, 50));
    }

    long complaint(long customer) throws Exception {
        String body = mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"type":"COMPLAINT","channel":"PHONE","reason":"NOT_KEPT_INFORMED",
                                 "subject":"Nadie me llama","description":"Llamó tres veces"}""".formatted(customer)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    int targetHours(long caseId, String clockName) throws Exception {
        String body = mvc.perform(
                        get("/api/v1/cases/{id}/response-times", caseId).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$." + clockName + ".targetHours");
    }

    @Test
    void theEmailedLinkJoinsOnlyOnItsPostAndOnlyOnce(@Autowired SettingsStore settings) throws Exception {
        MailFixtures.useIn(settings);
        long program = program("SPEND", 12, THREE_TIERS);
        String email = "socio-" + fixtures.marker + "@example.com";
        long customer = fixtures.customer("Invitada", email, "ana");
        fixtures.order(customer, LocalDate.now(clock), "700.00");
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"EMAIL\"}".formatted(customer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SENT"));
        List<MimeMessage> mail = MailFixtures.receivedBy(email);
        assertThat(mail).hasSize(1);
        String text = String.valueOf(mail.get(0).getContent());
        Matcher link = Pattern.compile("/join/([A-Za-z0-9_-]{43})").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String token = link.group(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_loyalty_invitation WHERE token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        for (int i = 0; i < 100; i++) {
            mvc.perform(get("/join/{token}", token)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/customers/{id}/loyalty", customer).with(VIEWER))
                .andExpect(jsonPath("$.member").value(false));

        mvc.perform(post("/join/{token}", token).with(csrf())).andExpect(status().isOk());
        assertThat(tier(customer)).isEqualTo("Plata");
        mvc.perform(post("/join/{token}", token).with(csrf())).andExpect(status().isGone());
        mvc.perform(get("/join/{token}", token)).andExpect(status().isGone());
        mvc.perform(get("/join/{token}", "x".repeat(43))).andExpect(status().isGone());
        mvc.perform(get("/api/v1/customers/{id}/loyalty", customer).with(VIEWER))
                .andExpect(jsonPath("$.memberships.length()").value(1))
                .andExpect(jsonPath("$.memberships[0].joinedVia").value("EMAIL"));

        // Inviting a member again is refused.
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"IN_PERSON\"}".formatted(customer)))
                .andExpect(status().isConflict());
    }

    @Test
    void anExpiredLinkJoinsNothing(@Autowired SettingsStore settings) throws Exception {
        MailFixtures.useIn(settings);
        long program = program("PURCHASES", 12, "{\"name\":\"Socio\",\"threshold\":0}");
        String email = "tarde-" + fixtures.marker + "@example.com";
        long customer = fixtures.customer("Tardía", email, null);
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(SERGIO)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"EMAIL\"}".formatted(customer)))
                .andExpect(status().isCreated());
        Matcher link = Pattern.compile("/join/([A-Za-z0-9_-]{43})")
                .matcher(String.valueOf(MailFixtures.receivedBy(email).get(0).getContent()));
        assertThat(link.find()).isTrue();
        clock.advance(Duration.ofDays(31));
        mvc.perform(get("/join/{token}", link.group(1))).andExpect(status().isGone());
        mvc.perform(post("/join/{token}", link.group(1)).with(csrf())).andExpect(status().isGone());
        mvc.perform(get("/api/v1/customers/{id}/loyalty", customer).with(VIEWER))
                .andExpect(jsonPath("$.member").value(false));
    }

    @Test
    void onlyManagersSetUpProgramsAndSellersInviteOnlyTheirOwnCustomers() throws Exception {
        String body = """
                {"name":"Club %s","basis":"SPEND","tiers":[{"name":"Oro","threshold":10}]}""".formatted(fixtures.marker);
        for (RequestPostProcessor who : List.of(ANA, SERGIO, VIEWER)) {
            mvc.perform(post("/api/v1/loyalty/programs")
                            .with(who)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden());
        }
        long program = program("SPEND", 12, THREE_TIERS);
        mvc.perform(post("/api/v1/loyalty/programs/{id}/recompute", program).with(ANA))
                .andExpect(status().isForbidden());
        long bea = fixtures.customer("De Bea", null, "bea");
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"IN_PERSON\"}".formatted(bea)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(VIEWER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"IN_PERSON\"}".formatted(bea)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/loyalty/programs/{id}", program).with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/loyalty/programs/{id}", program)).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsNamedByField() throws Exception {
        mvc.perform(post("/api/v1/loyalty/programs")
                        .with(MANAGER)
                        .header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Club %s","basis":"SPEND","tiers":[
                                  {"name":"Bronce","threshold":100},{"name":"Plata","threshold":100},
                                  {"name":"Oro","threshold":50,"responseCutPercent":95}]}""".formatted(fixtures.marker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("tiers[1].threshold"))
                .andExpect(jsonPath("$.errors[0].message").value("Cada nivel debe pedir más que el anterior (100)."))
                .andExpect(jsonPath("$.errors[1].field").value("tiers[2].threshold"))
                .andExpect(jsonPath("$.errors[2].field").value("tiers[2].responseCutPercent"));
        mvc.perform(post("/api/v1/loyalty/programs")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basis\":\"SPEND\",\"tiers\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[1].field").value("tiers"));
        mvc.perform(post("/api/v1/loyalty/programs")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"basis\":\"LUCK\",\"tiers\":[]}"))
                .andExpect(status().isBadRequest());
        long program = program("SPEND", 12, THREE_TIERS);
        String name = JsonPath.read(
                mvc.perform(get("/api/v1/loyalty/programs/{id}", program).with(VIEWER))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.name");
        mvc.perform(post("/api/v1/loyalty/programs")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"basis\":\"SPEND\",\"tiers\":[{\"name\":\"A\",\"threshold\":1}]}"
                                .formatted(name)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"IN_PERSON\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        long noEmail = fixtures.customer("Sin correo");
        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"EMAIL\"}".formatted(noEmail)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        mvc.perform(get("/api/v1/loyalty/programs/{id}/candidates?segment=NOPE", program)
                        .with(MANAGER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("segment"));
        mvc.perform(get("/api/v1/customers/{id}/loyalty", 987_654_321L).with(VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/loyalty/programs/{id}/recompute", 987_654_321L)
                        .with(MANAGER))
                .andExpect(status().isNotFound());
    }
}
