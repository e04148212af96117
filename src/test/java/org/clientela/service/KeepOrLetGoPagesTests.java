package org.clientela.service;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Keep or let go: figures, the four questions, the decision and its history (H2 and PostgreSQL). */
abstract class KeepOrLetGoPagesTests {

    @Autowired
    MockMvc mvc;

    ServiceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    private static RequestPostProcessor es() {
        return request -> {
            request.addHeader("Accept-Language", "es");
            request.setPreferredLocales(List.of(Locale.forLanguageTag("es")));
            return request;
        };
    }

    @Test
    void aManagerRecordsTheDecisionOnTheCostToServeAndItStaysInTheHistory() throws Exception {
        long customer = fixtures.customer("Elena Mora");
        fixtures.complaint(customer);
        fixtures.complaint(customer);
        mvc.perform(get("/service/customers/" + customer + "/keep-or-let-go")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Atenderle nos ha costado 2 casos, unas 3")))
                .andExpect(content().string(containsString("aún no da un valor esperado")))
                .andExpect(content().string(containsString("Aún no se ha valorado")));
        mvc.perform(post("/service/customers/" + customer + "/keep-or-let-go")
                        .with(es())
                        .with(user("m").roles("MANAGER"))
                        .with(csrf())
                        .param("worthKeeping", "true")
                        .param("lossHurts", "true")
                        .param("cheapFix", "true")
                        .param("dignityHurt", "false")
                        .param("decision", "TALK_FIRST")
                        .param("reasoning", "Compra cada mes; una llamada lo arregla " + fixtures.marker))
                .andExpect(redirectedUrl("/service/customers/" + customer + "/keep-or-let-go"));
        mvc.perform(get("/service/customers/" + customer + "/keep-or-let-go")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("Hablar antes con él")))
                .andExpect(content().string(containsString("una llamada lo arregla " + fixtures.marker)));
    }

    @Test
    void missingAnswersAreShownNextToTheirFieldsAndOnlyManagersDecide() throws Exception {
        long customer = fixtures.customer("Iván Gil");
        mvc.perform(post("/service/customers/" + customer + "/keep-or-let-go")
                        .with(es())
                        .with(user("m").roles("MANAGER"))
                        .with(csrf())
                        .param("worthKeeping", "true")
                        .param("decision", "MAYBE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("«MAYBE» no es un valor válido")));
        mvc.perform(post("/service/customers/" + customer + "/keep-or-let-go")
                        .with(es())
                        .with(user("m").roles("MANAGER"))
                        .with(csrf())
                        .param("worthKeeping", "true")
                        .param("decision", "KEEP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hace falta este dato")))
                .andExpect(content().string(containsString("Aún no se ha valorado")));
        mvc.perform(post("/service/customers/" + customer + "/keep-or-let-go")
                        .with(es())
                        .with(user("s").roles("SERVICE"))
                        .with(csrf())
                        .param("decision", "LET_GO"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/service/customers/999999999/keep-or-let-go")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }
}
