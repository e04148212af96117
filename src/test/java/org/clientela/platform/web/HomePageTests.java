package org.clientela.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.clientela.platform.HomeCard;
import org.clientela.platform.Role;
import org.clientela.support.ApplicationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page by role: who lands where, which cards they get, and that every card answers them. */
@ApplicationTest
class HomePageTests {

    static final List<String> CARDS =
            List.of("revenue", "returning", "losses", "calls", "promises", "over-target", "concentration");

    @Autowired
    MockMvc mvc;

    @Autowired
    List<HomeCard> cards;

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    /** Every card links to pages all these roles read, so all of them see all the cards, in order. */
    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "MANAGER", "VIEWER"})
    void peopleWhoRunOrWatchTheBusinessSeeEveryCard(String role) throws Exception {
        var result = mvc.perform(
                        get("/").header("Accept-Language", "es").with(user("p").roles(role)))
                .andExpect(status().isOk())
                .andExpect(view().name("platform/home"))
                .andExpect(content().string(Matchers.containsString("Cómo va tu negocio")))
                .andExpect(content().string(Matchers.containsString("id=\"nav-home\"")));
        String page = result.andReturn().getResponse().getContentAsString();
        int last = -1;
        for (String card : CARDS) {
            int at = page.indexOf("id=\"home-card-" + card + "\"");
            org.assertj.core.api.Assertions.assertThat(at).as(card).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void aServicePersonsHomeIsTheirDay() throws Exception {
        mvc.perform(get("/").with(user("ana").roles("SERVICE")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/service"));
        mvc.perform(get("/").with(user("ana").roles("SERVICE", "SALES")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/service"));
        mvc.perform(get("/").with(user("luis").roles("SALES")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my-day"));
        mvc.perform(get("/").with(user("jefa").roles("SERVICE", "MANAGER")))
                .andExpect(status().isOk())
                .andExpect(view().name("platform/home"));
    }

    /** Each card's content answers every role that sees it, in both languages, on an empty business too. */
    @ParameterizedTest
    @EnumSource(Role.class)
    void everyCardAnswersEveryRoleThatSeesIt(Role role) throws Exception {
        for (HomeCard card : cards) {
            if (!card.roles().contains(role)) {
                continue;
            }
            for (String language : List.of("es", "en")) {
                mvc.perform(get(card.path())
                                .header("Accept-Language", language)
                                .with(user("p").roles(role.name())))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))))
                        .andExpect(content().string(Matchers.not(Matchers.containsString("''"))));
            }
        }
    }

    @Test
    void theBrandAndTheMenuLeadHome() throws Exception {
        mvc.perform(get("/customers")
                        .header("Accept-Language", "en")
                        .with(user("p").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("class=\"navbar-brand fw-bold\" href=\"/\"")))
                .andExpect(content().string(Matchers.containsString(">Home</a>")));
    }
}
