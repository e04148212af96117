package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.SettingsStore;
import org.clientela.service.MailFixtures;
import org.clientela.support.SettingsResets;
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
 * The one-click unsubscribe, on H2 and PostgreSQL, with a real SMTP server: a survey e-mail carries
 * both RFC 8058 headers; opening its link changes nothing, however often; the mail client's POST,
 * with no sign-in and no CSRF token, withdraws the consent it names, once however often it comes;
 * the withdrawn customer is then not sent the next survey (skipped, with its reason) nor a club
 * invitation by e-mail, while the customer who said nothing still is.
 */
abstract class UnsubscribeTests {

    static final Pattern LINK = Pattern.compile("^<(https?://[^>]+/u/([A-Za-z0-9_-]{43}))>$");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String marker = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final RequestPostProcessor asService = user("s" + marker).roles("SERVICE");
    final RequestPostProcessor asAdmin = user("a" + marker).roles("ADMIN");

    @BeforeEach
    void mail(@Autowired SettingsStore settings) {
        MailFixtures.useTestServer(settings);
    }

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    String email(String who) {
        return who + "." + marker + "@example.es";
    }

    long customer(String who) {
        return new CustomerFixtures(context).personWithEmail("Cliente " + who + " " + marker, email(who));
    }

    String askSurvey(long customer) throws Exception {
        return mvc.perform(post("/api/v1/surveys")
                        .with(asService)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"kind\":\"CSAT\",\"mode\":\"LINK\"}".formatted(customer)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long events(long customer) {
        return jdbc.sql("SELECT COUNT(*) FROM privacy_consent_event WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
    }

    @Test
    void theSurveyEmailCarriesOneClickUnsubscribeWhosePostWithdrawsAndWhoseGetDoesNot() throws Exception {
        long customer = customer("ana");
        assertThat(askSurvey(customer)).doesNotContain("skipReason");
        List<MimeMessage> mails = MailFixtures.receivedBy(email("ana"));
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Unsubscribe")).hasSize(1);
        Matcher link = LINK.matcher(mail.getHeader("List-Unsubscribe")[0]);
        assertThat(link.matches()).as(mail.getHeader("List-Unsubscribe")[0]).isTrue();
        String token = link.group(2);
        assertThat(String.valueOf(mail.getContent()).strip())
                .as("the way out in the text too, for mail programs that do not show the header")
                .endsWith("Para dejar de recibir estos e-mails: " + link.group(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM privacy_unsubscribe_link WHERE token_hash = :t OR token_hash = :u")
                        .param("t", token)
                        .param("u", link.group(1))
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/u/{token}", token))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("unsubscribe-button")));
        }
        assertThat(events(customer)).as("opening the link changes nothing").isZero();

        // The mail client's one-click POST: nobody signed in, no CSRF token.
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/u/{token}", token)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("unsubscribe-done")));
        }
        assertThat(events(customer)).as("a second POST records nothing more").isEqualTo(1);
        mvc.perform(get("/api/v1/customers/{id}/consents", customer).with(asService))
                .andExpect(jsonPath("$.history[0].status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.history[0].source").value("UNSUBSCRIBE_LINK"))
                .andExpect(jsonPath("$.history[0].channel").value("EMAIL"))
                .andExpect(jsonPath("$.history[0].purpose").value("SURVEYS"))
                .andExpect(jsonPath("$.history[0].recordedBy").doesNotExist())
                .andExpect(jsonPath("$.history[0].text")
                        .value(org.hamcrest.Matchers.containsString("encuestas de satisfacción")));

        String skipped = askSurvey(customer);
        assertThat((String) JsonPath.read(skipped, "$.skipReason")).isEqualTo("NO_CONSENT");
        assertThat(jdbc.sql("SELECT skip_reason FROM satisfaction_survey WHERE id = :id")
                        .param("id", ((Number) JsonPath.read(skipped, "$.id")).longValue())
                        .query(String.class)
                        .single())
                .isEqualTo("NO_CONSENT");
        assertThat(MailFixtures.receivedBy(email("ana"))).hasSize(1);
    }

    @Test
    void aLinkThatWasNeverOursIsNotFoundAndChangesNothing() throws Exception {
        String stranger = "A".repeat(43);
        mvc.perform(get("/u/{token}", stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/u/{token}", stranger)).andExpect(status().isNotFound());
    }

    @Test
    void aCustomerWhoWithdrewOffersByEmailIsNotInvitedToTheClubByEmail() throws Exception {
        long program = ((Number) JsonPath.read(
                        mvc.perform(post("/api/v1/loyalty/programs")
                                        .with(asAdmin)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("""
                                                {"name":"Club %s","basis":"SPEND","reviewMonths":12,
                                                 "tiers":[{"name":"Bronce","threshold":100}]}""".formatted(marker)))
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id"))
                .longValue();
        long quiet = customer("quiet");
        long withdrawn = customer("gone");
        mvc.perform(post("/api/v1/customers/{id}/consents", withdrawn)
                        .with(asService)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel":"EMAIL","purpose":"MARKETING","status":"WITHDRAWN","source":"PHONE",
                                 "text":"¿Seguimos enviándote ofertas por e-mail?"}"""))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(asAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"EMAIL\"}".formatted(withdrawn)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        assertThat(MailFixtures.receivedBy(email("gone"))).isEmpty();

        mvc.perform(post("/api/v1/loyalty/programs/{id}/invitations", program)
                        .with(asAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":%d,\"channel\":\"EMAIL\"}".formatted(quiet)))
                .andExpect(status().isCreated());
        List<MimeMessage> invitation = MailFixtures.receivedBy(email("quiet"));
        assertThat(invitation).hasSize(1);
        assertThat(invitation.get(0).getHeader("List-Unsubscribe")[0]).matches(LINK);
        assertThat(invitation.get(0).getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }
}
