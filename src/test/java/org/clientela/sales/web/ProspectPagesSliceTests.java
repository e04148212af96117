package org.clientela.sales.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.internal.campaigns.CampaignPlanner;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectCard;
import org.clientela.sales.internal.prospects.ProspectContact;
import org.clientela.sales.internal.prospects.ProspectSource;
import org.clientela.sales.internal.prospects.Research;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The prospect page: the title to approach, the research checklist and the activities' place. */
@WebSliceTest(ProspectPages.class)
@Import(ProspectNames.class)
class ProspectPagesSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProspectBook book;

    @MockitoBean
    CampaignPlanner campaigns;

    @MockitoBean
    TargetingRules rules;

    @MockitoBean
    UserDirectory users;

    final Prospect prospect = new Prospect(
            7L,
            null,
            "Talleres Anaga",
            "B12345674",
            "C",
            30,
            "SMALL",
            "922000000",
            null,
            null,
            null,
            "La Laguna",
            null,
            ProspectSource.LIST,
            "ana",
            null,
            null,
            new Research("Luis Pérez", "Mecanizado", null, null),
            List.of(new ProspectContact("Luis Pérez", "Presidente", null, null, null)),
            null,
            null,
            Instant.parse("2026-01-01T00:00:00Z"),
            3);

    @Test
    void theProspectPageSaysWhomToAskForAndHowFarTheResearchIs() throws Exception {
        when(book.get(eq(7L), any())).thenReturn(prospect);
        when(book.card(eq(prospect), any()))
                .thenReturn(new ProspectCard(prospect, null, Strategy.TOP_DOWN, "Propietario o presidente", true));
        mvc.perform(get("/sales/prospects/7").with(user("ana").roles("SALES")).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Propietario o presidente")))
                .andExpect(content().string(containsString("Ya tienes un contacto con ese cargo.")))
                .andExpect(content().string(containsString("2 de 4 hechas")))
                .andExpect(content().string(containsString("hx-get=\"/sales/prospects/7/activities\"")));
    }

    @Test
    void anotherSellersProspectIsNotFoundAndServiceMayNotLook() throws Exception {
        when(book.get(eq(8L), any())).thenThrow(new NotFoundException("Prospect", 8L));
        mvc.perform(get("/sales/prospects/8").with(user("bea").roles("SALES"))).andExpect(status().isNotFound());
        mvc.perform(get("/sales/prospects/7").with(user("sol").roles("SERVICE")))
                .andExpect(status().isForbidden());
    }
}
