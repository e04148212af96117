package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import org.clientela.platform.AuditLog;
import org.clientela.platform.SettingDefinition;
import org.clientela.platform.SettingsStore;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The settings API: what admins read and change, what is refused, and what the change log keeps
 * (H2 and PostgreSQL twins).
 */
abstract class SettingsApiTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    SettingsStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    /** Other test classes share this application: they find the defaults again. */
    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    long version() throws Exception {
        String body = mvc.perform(get("/api/v1/settings").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    static MockHttpServletRequestBuilder change(String body) {
        return put("/api/v1/settings")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void adminsReadEverySettingWithItsDefaultAndNeverThePassword() throws Exception {
        mvc.perform(get("/api/v1/settings").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.settings[?(@.key=='business.time-zone')].defaultValue")
                        .value(hasItem("Atlantic/Canary")))
                .andExpect(jsonPath("$.settings[?(@.key=='business.time-zone')].section")
                        .value(hasItem("business")))
                .andExpect(jsonPath("$.settings[?(@.key=='service.opening-hours')].value")
                        .value(hasItem("MON-FRI 09:00-18:00")))
                .andExpect(jsonPath("$.settings[?(@.key=='retention.gross-margin')].defaultValue")
                        .value(hasItem("0.3")))
                .andExpect(jsonPath("$.settings[?(@.key=='retention.radar.min-order-days')].kind")
                        .value(hasItem("WHOLE")))
                .andExpect(jsonPath("$.settings[?(@.key=='mail.password')].set").value(hasItem(false)))
                .andExpect(
                        jsonPath("$.settings[?(@.key=='mail.password')].value").value(hasItem((Object) null)));
    }

    @Test
    void onlyAdminsMayReadOrChangeThem() throws Exception {
        mvc.perform(get("/api/v1/settings").with(user("boss").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/settings")
                        .with(user("boss").roles("MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"values\":{}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/settings")).andExpect(status().isUnauthorized());
    }

    @Test
    void aChangeIsStoredAuditedAndAValueOfNullGoesBackToTheDefault() throws Exception {
        long version = version();
        mvc.perform(change("""
                {"version":%d,"values":{"business.name":"Ferretería Tamarán","retention.gross-margin":"0.42"}}""".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(
                        jsonPath("$.settings[?(@.key=='business.name')].value").value(hasItem("Ferretería Tamarán")))
                .andExpect(
                        jsonPath("$.settings[?(@.key=='business.name')].stored").value(hasItem(true)))
                .andExpect(jsonPath("$.settings[?(@.key=='retention.gross-margin')].value")
                        .value(hasItem("0.42")));
        assertThat(store.value("business.name")).isEqualTo("Ferretería Tamarán");
        assertThat(audit.history("setting", "business.name", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SETTING_CHANGED");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.summary()).isEqualTo("business.name: Clientela → Ferretería Tamarán");
            // The change log says it in plain words, the setting by its name on the settings page.
            assertThat(messages.getMessage(entry.sentence("audit.entry."), Locale.forLanguageTag("es")))
                    .endsWith(" cambió el ajuste «Nombre del negocio»: Clientela → Ferretería Tamarán");
            assertThat(messages.getMessage(entry.sentence("audit.entry."), Locale.ENGLISH))
                    .endsWith(" changed the setting “Business name”: Clientela → Ferretería Tamarán");
        });
        assertThat(audit.history("setting", "retention.gross-margin", 1).get(0).summary())
                .isEqualTo("retention.gross-margin: 0.3 → 0.42");

        mvc.perform(change("{\"version\":%d,\"values\":{\"business.name\":null}}".formatted(version + 1)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.settings[?(@.key=='business.name')].value").value(hasItem("Clientela")))
                .andExpect(
                        jsonPath("$.settings[?(@.key=='business.name')].stored").value(hasItem(false)));
        assertThat(audit.history("setting", "business.name", 1).get(0).summary())
                .isEqualTo("business.name: Ferretería Tamarán → Clientela");
    }

    @Test
    void wrongValuesAreRefusedNamingEachSettingAndNothingIsSaved() throws Exception {
        long version = version();
        mvc.perform(change("""
                {"version":%d,"values":{"business.time-zone":"Mars/Olympus","business.currency":"EURO",
                 "retention.radar.min-order-days":"1","retention.gross-margin":"1.5","mail.port":"70000",
                 "service.opening-hours":"MON-FRI 18:00-09:00","service.holidays":"2026-13-01","mail.from":"nadie",
                 "business.name":"Nueva","no.such.setting":"x"}}""".formatted(version)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(9))
                .andExpect(jsonPath("$.errors[?(@.field=='business.time-zone')].message")
                        .value(hasItem(containsString("time zone"))))
                .andExpect(jsonPath("$.errors[?(@.field=='retention.radar.min-order-days')].message")
                        .value(hasItem("Enter a whole number from 2 to 50.")))
                .andExpect(jsonPath("$.errors[?(@.field=='retention.gross-margin')].message")
                        .value(hasItem("Enter a percentage from 0 to 100.")))
                .andExpect(jsonPath("$.errors[?(@.field=='service.holidays')].message")
                        .value(hasItem(containsString("2026-13-01"))))
                .andExpect(jsonPath("$.errors[?(@.field=='no.such.setting')]").exists());
        assertThat(version()).isEqualTo(version);
        assertThat(store.value("business.name")).isEqualTo("Clientela");

        mvc.perform(change("{\"values\":{}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theSecondOfTwoAdminsSavingTheSameVersionGetsAConflictAndOverwritesNothing() throws Exception {
        long read = version();
        mvc.perform(change("{\"version\":%d,\"values\":{\"business.currency\":\"USD\"}}".formatted(read)))
                .andExpect(status().isOk());
        mvc.perform(change("{\"version\":%d,\"values\":{\"business.currency\":\"GBP\"}}".formatted(read))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        assertThat(store.currency().getCurrencyCode()).isEqualTo("USD");
        mvc.perform(change("{\"version\":%d,\"values\":{\"business.currency\":null}}".formatted(read + 1)))
                .andExpect(status().isOk());
    }

    @Test
    void theSmtpPasswordIsStoredButNeverShownNorAudited() throws Exception {
        String secret = "pa55-" + System.nanoTime();
        mvc.perform(change("{\"version\":%d,\"values\":{\"mail.password\":\"%s\"}}".formatted(version(), secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings[?(@.key=='mail.password')].set").value(hasItem(true)))
                .andExpect(
                        jsonPath("$.settings[?(@.key=='mail.password')].value").value(hasItem((Object) null)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
        assertThat(store.value("mail.password")).isEqualTo(secret);
        assertThat(audit.history("setting", "mail.password", 1).get(0).summary())
                .isEqualTo("mail.password: set");
        assertThat(messages.getMessage(
                        audit.history("setting", "mail.password", 1).get(0).sentence("audit.entry."),
                        Locale.forLanguageTag("es")))
                .endsWith(" cambió el ajuste «Contraseña»: guardó una contraseña nueva," + " que no se muestra")
                .doesNotContain(secret);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE summary LIKE :s OR before_state LIKE :s OR after_state LIKE :s")
                        .param("s", "%" + secret + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(change("{\"version\":%d,\"values\":{\"mail.password\":null}}".formatted(version())))
                .andExpect(jsonPath("$.settings[?(@.key=='mail.password')].set").value(hasItem(false)));
        assertThat(audit.history("setting", "mail.password", 1).get(0).summary())
                .isEqualTo("mail.password: removed");
    }

    @Test
    void everySettingHasALabelAndAOneLineHelpInBothLanguages() {
        for (SettingsStore.Section section : store.view().sections()) {
            for (Locale locale : WebConfiguration.LANGUAGES) {
                assertThat(messages.getMessage("settings.group." + section.name(), null, null, locale))
                        .as(section.name())
                        .isNotBlank();
                for (SettingsStore.Entry entry : section.entries()) {
                    SettingDefinition setting = entry.definition();
                    assertThat(messages.getMessage("settings." + setting.key() + ".label", null, null, locale))
                            .as(setting.key() + " " + locale)
                            .isNotBlank();
                    assertThat(messages.getMessage("settings." + setting.key() + ".help", null, null, locale))
                            .as(setting.key() + " " + locale)
                            .isNotBlank()
                            .doesNotContain("\n");
                }
            }
        }
    }
}
