package org.clientela.sales.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.targeting.Sector;
import org.clientela.sales.internal.targeting.SizeBand;
import org.clientela.sales.internal.targeting.TargetingRule;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The targeting matrix: read by everyone in sales, changed by managers, a bad cell told by its field. */
@WebSliceTest(TargetingPages.class)
class TargetingPagesSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TargetingRules rules;

    @BeforeEach
    void matrix() {
        when(rules.all())
                .thenReturn(List.of(
                        new TargetingRule(
                                1L,
                                Strategy.TOP_DOWN,
                                "*",
                                "SMALL",
                                "Propietario o presidente",
                                "Owner or president",
                                0),
                        new TargetingRule(2L, Strategy.BOTTOM_UP, "C", "*", "Jefe de taller", "Workshop manager", 0)));
        when(rules.sectors())
                .thenReturn(List.of(new Sector("C", "Industria manufacturera", "Manufacturing", false, 3)));
        when(rules.sizeBands())
                .thenReturn(List.of(new SizeBand("SMALL", "Pequeña (10–49)", "Small (10–49)", 10, 49, 2)));
    }

    @Test
    void aSellerReadsTheMatrixInTheirLanguageWithoutTheForm() throws Exception {
        mvc.perform(get("/sales/targeting").with(user("ana").roles("SALES")).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Propietario o presidente")))
                .andExpect(content().string(containsString("Cualquier sector")))
                .andExpect(content().string(containsString("Industria manufacturera")))
                .andExpect(content().string(not(containsString("id=\"targeting-form\""))));
        mvc.perform(get("/sales/targeting").with(user("ana").roles("SALES")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Workshop manager")))
                .andExpect(content().string(containsString("Any size")));
        mvc.perform(get("/sales/targeting").with(user("sara").roles("SERVICE"))).andExpect(status().isForbidden());
    }

    @Test
    void aManagerPutsACellAndASellerMayNot() throws Exception {
        mvc.perform(post("/sales/targeting")
                        .with(user("marta").roles("MANAGER"))
                        .with(csrf())
                        .param("strategy", "TOP_DOWN")
                        .param("sector", "C")
                        .param("sizeBand", "SMALL")
                        .param("titleEs", " Gerente ")
                        .param("titleEn", "Manager"))
                .andExpect(redirectedUrl("/sales/targeting"));
        verify(rules).put(Strategy.TOP_DOWN, "C", "SMALL", "Gerente", "Manager");
        mvc.perform(post("/sales/targeting")
                        .with(user("ana").roles("SALES"))
                        .with(csrf())
                        .param("strategy", "TOP_DOWN")
                        .param("titleEs", "Gerente")
                        .param("titleEn", "Manager"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCellWithAnUnknownSectorOrNoTitleIsRefusedNextToItsFields() throws Exception {
        mvc.perform(post("/sales/targeting")
                        .with(user("marta").roles("MANAGER"))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("strategy", "TOP_DOWN")
                        .param("sector", "ZZ")
                        .param("sizeBand", "*")
                        .param("titleEs", "")
                        .param("titleEn", "x".repeat(TargetingRule.TITLE_MAX + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elige un sector de la lista.")))
                .andExpect(content().string(containsString("Escribe el cargo.")))
                .andExpect(content().string(containsString("como mucho 100 caracteres")));
        verify(rules, never()).put(any(), anyString(), anyString(), anyString(), anyString());
    }
}
