package org.clientela.satisfaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.SettingsStore;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.clientela.service.MailFixtures;
import org.clientela.support.BrowserTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Surveys in Chromium on the demo business: a customer answers through the link of the e-mail the
 * in-process SMTP server received (the low score asks what we could have done better), and the
 * detractor's call-back appears in the owner's day; a colleague enters a survey taken on the phone;
 * the pages of surveys and follow-up calls show the demo's past.
 */
@TestPropertySource(properties = "clientela.demo=true")
class SurveyBrowserTests extends BrowserTest {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/s/[A-Za-z0-9_-]{22})");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    long customer(String name, String email) {
        long id = email == null
                ? new CustomerFixtures(context).person(name)
                : new CustomerFixtures(context).personWithEmail(name, email);
        jdbc.sql("UPDATE customer SET owner_username = 'admin' WHERE id = :id")
                .param("id", id)
                .update();
        return id;
    }

    @Test
    void aCustomerAnswersThroughTheEmailedLinkAndTheDetractorsCallBackIsInTheOwnersDay(
            @Autowired SettingsStore settings, @Autowired Surveys surveys) throws Exception {
        MailFixtures.useTestServer(settings);
        String name = "Clienta Descontenta " + marker;
        String email = "descontenta." + marker + "@example.es";
        long customer = customer(name, email);
        surveys.ask(
                new SurveyRequest(customer, SurveyKind.NPS, SurveyMode.LINK, null, null, "es"), "admin", true, null);
        List<MimeMessage> mails = MailFixtures.receivedBy(email);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(String.valueOf(mails.get(0).getContent()));
        assertThat(link.find()).isTrue();

        page.navigate(link.group(1));
        assertThat(page.locator("#survey-form legend")).hasText("¿Recomendaría nuestra empresa a un amigo o colega?");
        assertThat(page.locator("#improve")).isHidden();
        page.locator("label[for=score-3]").click();
        assertThat(page.locator("#improve")).isVisible();
        page.locator("#improve").fill("Contestar antes al teléfono");
        page.locator("#send-survey").click();
        assertThat(page.locator("#survey-thanks")).isVisible();

        page.navigate(link.group(1));
        assertThat(page.locator("#survey-gone")).isVisible();

        signInAsAdmin();
        page.navigate("/my-day");
        assertThat(page.locator("main").getByText(name).first()).isVisible();
        page.navigate("/customers/" + customer);
        assertThat(page.locator("#customer-survey-answers")).containsText("Contestar antes al teléfono");
    }

    @Test
    void aColleagueEntersASurveyTakenOnThePhoneAndTheDemosPastShows() {
        String name = "Cliente Telefónico " + marker;
        long customer = customer(name, null);
        signInAsAdmin();
        page.navigate("/satisfaction/surveys");
        assertThat(page.locator("#survey-figures .figure-total")).isVisible();
        assertThat(page.locator("#survey-answers tbody tr").first()).isVisible();
        String number = jdbc.sql("SELECT customer_number FROM customer WHERE id = :id")
                .param("id", customer)
                .query(String.class)
                .single();
        // A number nobody has is named next to the field, and what was typed stays there.
        page.locator("#phone-customer").fill("NO-" + marker);
        page.locator("#phone-kind").selectOption("NPS");
        page.locator("#phone-score").fill("9");
        page.locator("#phone-send").click();
        assertThat(page.locator("#phone-customer-error")).containsText("NO-" + marker);
        assertThat(page.locator("#phone-customer")).hasValue("NO-" + marker);
        assertThat(page.locator("#phone-score")).hasValue("9");
        assertThat(page.locator("#phone-kind")).hasValue("NPS");
        assertThat(page.locator("#phone-customer")).hasClass(java.util.regex.Pattern.compile("\\bis-invalid\\b"));

        page.locator("#phone-customer").fill(number);
        page.locator("#phone-kind").selectOption("CSAT");
        page.locator("#phone-score").fill("4");
        page.locator("#phone-comment").fill("Le gustó el trato " + marker);
        page.locator("#phone-send").click();
        assertThat(page.locator("#phone-recorded")).isVisible();
        assertThat(page.locator("#survey-answers")).containsText("Le gustó el trato " + marker);
        assertThat(page.locator("#survey-answers")).containsText(name);

        page.locator("#phone-customer").fill(number);
        page.locator("#phone-kind").selectOption("NPS");
        page.locator("#phone-score").fill("9");
        page.locator("#phone-send").click();
        assertThat(page.locator("#phone-skipped")).containsText("ya se le preguntó hace poco");

        page.navigate("/satisfaction/follow-ups");
        assertThat(page.locator("h1")).hasText("Llamadas de seguimiento");
        assertThat(page.locator("#follow-up-figures")).isVisible();
        assertThat(page.locator("#follow-up-rule")).isVisible();
    }
}
