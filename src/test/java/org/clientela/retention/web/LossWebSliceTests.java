package org.clientela.retention.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Role;
import org.clientela.platform.WebSliceFixtures;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.retention.internal.losses.LossStatistics;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Marking a customer lost, over the API and on the customer's panel: refusals, roles and a second loss. */
@WebSliceTest({LossApi.class, CustomerLossPages.class})
class LossWebSliceTests {

    static final RequestPostProcessor SALES = user("sara").roles("SALES");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LossRegister register;

    @MockitoBean
    LossStatistics statistics;

    @MockitoBean
    ConcentrationReport concentration;

    @MockitoBean
    CustomerDirectory customers;

    @MockitoBean
    CustomerPurchases histories;

    @BeforeEach
    void aCustomer() {
        when(customers.find(5)).thenReturn(Optional.of(new CustomerDirectory.CustomerRef(5, "C-5", "Hotel Sol")));
    }

    @Test
    void aSecondLossOfTheSameCustomerIsAConflict() throws Exception {
        when(register.markLost(eq(5L), nullable(String.class), any(), any()))
                .thenThrow(new DuplicateKeyException("already lost"));
        mvc.perform(post("/api/v1/customers/5/loss")
                        .with(SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"PRICE\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/duplicate"));
    }

    @Test
    void aRefusedLossNamesTheFieldInTheCallersLanguage() throws Exception {
        when(register.markLost(eq(5L), nullable(String.class), any(), any()))
                .thenThrow(new InvalidInputException(InputError.field("reason", "retention.loss.reason.required")));
        mvc.perform(post("/api/v1/customers/5/loss")
                        .with(SALES)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Choose a reason: without one we will not know what to fix."));
    }

    @Test
    void theFiguresTakeOneToOneHundredAndTwentyMonths() throws Exception {
        mvc.perform(get("/api/v1/retention/losses")
                        .param("months", "0")
                        .with(SALES)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("months"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose between 1 and 120 months."));
        mvc.perform(get("/api/v1/retention/losses").param("months", "a year").with(SALES))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("months"));
        verifyNoInteractions(statistics);
    }

    @Test
    void aReaderMayNotMarkALossAndAStrangerMayNotAsk() throws Exception {
        mvc.perform(post("/api/v1/customers/5/loss")
                        .header("Authorization", WebSliceFixtures.apiToken(Role.VIEWER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"PRICE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/5/loss")).andExpect(status().isUnauthorized());
        mvc.perform(post("/retention/customers/5/loss")
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("reason", "PRICE"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(register);
    }

    @Test
    void thePanelShowsARefusalNextToTheField() throws Exception {
        when(register.markLost(eq(5L), nullable(String.class), any(), any()))
                .thenThrow(new InvalidInputException(InputError.field("reason", "retention.loss.reason.required")));
        mvc.perform(post("/retention/customers/5/loss")
                        .with(SALES)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("lang", "en")
                        .param("note", "no reason given"))
                .andExpect(status().isOk())
                .andExpect(view().name("retention/panel :: panel"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reason", "retention.loss.reason.required"))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div class=\"invalid-feedback\">Choose a reason: without one we will not know what to fix.</div>")));
    }

    @Test
    void withoutHtmxARefusedFormIsAPageOfItsOwnAndASecondLossIsSaidSo() throws Exception {
        when(register.markLost(anyLong(), nullable(String.class), any(), any()))
                .thenThrow(new DuplicateKeyException("already lost"));
        mvc.perform(post("/retention/customers/5/loss")
                        .with(SALES)
                        .with(csrf())
                        .param("lang", "en")
                        .param("reason", "PRICE"))
                .andExpect(status().isOk())
                .andExpect(view().name("retention/mark-lost"))
                .andExpect(content().string(containsString("This customer is already marked lost.")));
    }

    @Test
    void thePanelFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/retention/customers/5/loss").with(SALES).param("reason", "PRICE"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(register);
    }
}
