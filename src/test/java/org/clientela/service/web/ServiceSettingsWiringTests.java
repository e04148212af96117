package org.clientela.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.clientela.support.ApplicationTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The service module's settings take effect when they are used: the SMTP server, sender and
 * business name of e-mailed letters, and the opening hours and holidays of response targets and
 * working days. This application has no {@code spring.mail.host}: only the settings page gives one.
 */
@ApplicationTest
class ServiceSettingsWiringTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final ZoneId CANARY = ZoneId.of("Atlantic/Canary");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCases cases;

    @Autowired
    ResponseTimes responseTimes;

    @Autowired
    Cases caseService;

    final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    void set(String values) throws Exception {
        String body = mvc.perform(get("/api/v1/settings").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.version")).longValue();
        mvc.perform(put("/api/v1/settings")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":%d,\"values\":{%s}}".formatted(version, values)))
                .andExpect(status().isOk());
    }

    long approvedLetter(String email) throws Exception {
        String author = "a" + marker;
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"username":"%s","password":"a-long-enough-password","displayName":"Test","roles":["SERVICE"]}""".formatted(author)))
                .andExpect(status().isCreated());
        String customer = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Marta Ruiz " + marker + "\",\"kind\":\"PERSON\",\"email\":\"" + email
                                + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long caseId = cases.open(((Number) JsonPath.read(customer, "$.id")).longValue(), "Pedido roto")
                .caseId();
        String letter = mvc.perform(post("/api/v1/cases/" + caseId + "/letters")
                        .with(httpBasic(author, "a-long-enough-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"language":"es","subject":"Su pedido %s","template":"COMPLAINT_REPLY",
                                 "text":"Estimada Sra. Ruiz:\\nLe escribo para resolver lo de su pedido. Le devolvemos el importe.\\nLlámeme al 922 123 456."}
                                """.formatted(marker)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(letter, "$.id")).longValue();
        mvc.perform(post("/api/v1/letters/" + id + "/approve").with(ADMIN)).andExpect(status().isOk());
        return id;
    }

    @Test
    void lettersGoOutThroughTheSmtpServerOfTheSettingsPageSignedWithTheBusinessName() throws Exception {
        String email = "marta" + marker + "@example.es";
        long letter = approvedLetter(email);
        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(ADMIN))
                .andExpect(jsonPath("$.reason").value("MAIL_NOT_CONFIGURED"));

        set("""
                "mail.host":"127.0.0.1","mail.port":"%d","mail.from":"cartas@tamaran.es",
                "business.name":"Ferretería Tamarán\"""".formatted(TestMailServer.server().getSmtp().getPort()));
        mvc.perform(post("/api/v1/letters/" + letter + "/send").with(ADMIN)).andExpect(status().isOk());

        assertThat(TestMailServer.receivedBy(email)).singleElement().satisfies((MimeMessage m) -> {
            InternetAddress from = (InternetAddress) m.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("cartas@tamaran.es");
            assertThat(from.getPersonal()).isEqualTo("Ferretería Tamarán");
        });
        // The printed letter carries the same name as its letterhead.
        byte[] pdf = mvc.perform(
                        get("/service/letters/" + letter + ".pdf")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).startsWith("Ferretería Tamarán");
        }
    }

    @Test
    void openingHoursPerWeekdayAndHolidaysDecideTargetsAndWorkingDays() throws Exception {
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        LocalDate tuesday = LocalDate.of(2026, 12, 8);
        var saturdayAt11 = LocalDateTime.of(saturday, java.time.LocalTime.of(11, 0))
                .atZone(CANARY)
                .toInstant();
        var fridayAt16 = LocalDateTime.of(2026, 12, 11, 16, 0).atZone(CANARY).toInstant();
        assertThat(responseTimes.businessHours().isOpenAt(saturdayAt11)).isFalse();
        assertThat(caseService.businessDays().isWorkingDay(saturday)).isFalse();
        assertThat(caseService.businessDays().isWorkingDay(tuesday)).isTrue();
        // 8 opening hours after Friday 16:00: 2 on Friday, 6 on Monday.
        assertThat(responseTimes.businessHours().plus(fridayAt16, java.time.Duration.ofHours(8)))
                .isEqualTo(LocalDateTime.of(2026, 12, 14, 15, 0).atZone(CANARY).toInstant());

        set("\"service.opening-hours\":\"MON-FRI 09:00-18:00; SAT 10:00-14:00\",\"service.holidays\":\"2026-12-08\"");

        assertThat(responseTimes.businessHours().isOpenAt(saturdayAt11)).isTrue();
        assertThat(caseService.businessDays().isWorkingDay(saturday)).isTrue();
        assertThat(caseService.businessDays().isWorkingDay(tuesday)).isFalse();
        // Now 2 on Friday, 4 on Saturday, 2 on Monday.
        assertThat(responseTimes.businessHours().plus(fridayAt16, java.time.Duration.ofHours(8)))
                .isEqualTo(LocalDateTime.of(2026, 12, 14, 11, 0).atZone(CANARY).toInstant());
    }
}
