package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.clientela.platform.SettingsStore;
import org.clientela.support.ApplicationTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The settings page: what it shows, what it saves, and what it says when something is wrong. */
@ApplicationTest
class SettingsPageTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingsStore store;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    MockHttpServletRequestBuilder save(long version) {
        return post("/settings").with(ADMIN).with(csrf()).param("version", Long.toString(version));
    }

    @Test
    void showsEverySettingWithItsHelpAndDefaultButNeverThePassword() throws Exception {
        store.update(store.view().version(), Map.of("mail.password", "never-shown-secret"));
        mvc.perform(get("/settings").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opening hours")))
                .andExpect(content().string(containsString("Time zone")))
                .andExpect(content().string(containsString("Default: Atlantic/Canary")))
                .andExpect(content().string(containsString("Default: 30 %")))
                .andExpect(content().string(containsString("A password is stored")))
                .andExpect(content().string(containsString("name=\"service.opening-hours.MONDAY.opens\"")))
                .andExpect(content().string(not(containsString("never-shown-secret"))))
                // Every group's heading and every setting's label and help have words (Thymeleaf
                // shows a missing key as ??key??): EveryCodeHasWordsTests leaves these keys to this test.
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/settings").with(ADMIN).header("Accept-Language", "es"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(containsString("Horario de apertura")))
                .andExpect(content().string(containsString("Guardar ajustes")));
    }

    @Test
    void savesOpeningHoursPerWeekdayPercentagesAndKeepsThePasswordWhenLeftEmpty() throws Exception {
        store.update(store.view().version(), Map.of("mail.password", "kept-secret"));
        mvc.perform(save(store.view().version())
                        .param("business.name", "Ferretería Tamarán")
                        .param("service.opening-hours.MONDAY.opens", "09:00")
                        .param("service.opening-hours.MONDAY.closes", "18:00")
                        .param("service.opening-hours.SATURDAY.opens", "10:00")
                        .param("service.opening-hours.SATURDAY.closes", "14:00")
                        .param("retention.gross-margin", "42")
                        .param("mail.password", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings"))
                .andExpect(flash().attribute("saved", true));
        assertThat(store.value("business.name")).isEqualTo("Ferretería Tamarán");
        assertThat(store.value("service.opening-hours")).isEqualTo("MON 09:00-18:00; SAT 10:00-14:00");
        assertThat(store.value("retention.gross-margin")).isEqualTo("0.42");
        assertThat(store.value("mail.password")).isEqualTo("kept-secret");
    }

    @Test
    void wrongValuesAreShownNextToTheirFieldsAndNothingIsSaved() throws Exception {
        long version = store.view().version();
        mvc.perform(save(version)
                        .header("Accept-Language", "es")
                        .param("business.name", "Otra")
                        .param("business.time-zone", "Europa/Madrid")
                        .param("service.opening-hours.MONDAY.opens", "18:00")
                        .param("service.opening-hours.MONDAY.closes", "09:00")
                        .param("retention.radar.calls-per-owner", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hay valores que corregir")))
                .andExpect(content().string(containsString("No es una zona horaria conocida")))
                .andExpect(content().string(containsString("Escribe la hora de apertura y la de cierre")))
                .andExpect(content().string(containsString("Escribe un número entero entre 1 y 500.")))
                .andExpect(content().string(containsString("value=\"Europa/Madrid\"")));
        assertThat(store.view().version()).isEqualTo(version);
        assertThat(store.value("business.name")).isEqualTo("Clientela");
    }

    @Test
    void aSecondAdminSavingAnOlderVersionIsToldAndOverwritesNothing() throws Exception {
        long version = store.view().version();
        mvc.perform(save(version).param("business.name", "Primera")).andExpect(status().is3xxRedirection());
        mvc.perform(save(version).param("business.name", "Segunda").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved the settings")))
                .andExpect(content().string(containsString("value=\"Primera\"")));
        assertThat(store.value("business.name")).isEqualTo("Primera");
    }

    @Test
    void onlyAdminsSeeIt() throws Exception {
        mvc.perform(get("/settings").with(user("boss").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(post("/settings").with(user("boss").roles("MANAGER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/customers").with(ADMIN)).andExpect(content().string(containsString("href=\"/settings\"")));
        mvc.perform(get("/customers").with(user("boss").roles("MANAGER")))
                .andExpect(content().string(not(containsString("href=\"/settings\""))));
    }
}
