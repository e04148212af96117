package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.platform.DaySection;
import org.clientela.platform.Role;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** Everyone's day shows the sections of the modules a person may see, in their order, and no others. */
@WebSliceTest(DayPages.class)
class DayWebSliceTests {

    @TestConfiguration
    static class Sections {

        @Bean
        DaySection forEveryone() {
            return DaySection.of("test-everyone", "nav.home", "/test/day/everyone", 50, DaySection.everyone());
        }

        @Bean
        DaySection forManagers() {
            return DaySection.of("test-managers", "nav.audit", "/test/day/managers", 5, Role.ADMIN, Role.MANAGER);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aSellerSeesTheSectionsForEveryoneButNotTheManagersOnes() throws Exception {
        mvc.perform(get("/my-day").with(user("luis").roles("SALES")).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mi día, luis")))
                .andExpect(content().string(containsString("id=\"day-section-test-everyone\"")))
                .andExpect(content().string(containsString("hx-get=\"/test/day/everyone\"")))
                .andExpect(content().string(not(containsString("day-section-test-managers"))))
                .andExpect(content().string(not(containsString("/test/day/managers"))));
    }

    @Test
    void aManagerSeesBothInTheirOrder() throws Exception {
        String page = mvc.perform(
                        get("/my-day").with(user("jefa").roles("MANAGER")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My day, jefa")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("id=\"day-section-test-managers\""))
                .isPositive()
                .isLessThan(page.indexOf("id=\"day-section-test-everyone\""));
    }

    @Test
    void strangersHaveNoDay() throws Exception {
        mvc.perform(get("/my-day")).andExpect(status().is3xxRedirection());
    }
}
