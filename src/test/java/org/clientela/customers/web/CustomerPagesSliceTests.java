package org.clientela.customers.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.clientela.customers.CustomerPanel;
import org.clientela.customers.internal.AnonymisedNames;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.customers.internal.Customers;
import org.clientela.customers.internal.Timeline;
import org.clientela.platform.UserDirectory;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The customer form: what a person sees next to a wrong field, and who may send it at all. */
@Import(AnonymisedNames.class)
@WebSliceTest(CustomerPages.class)
class CustomerPagesSliceTests {

    static final RequestPostProcessor SALES = user("sara").roles("SALES");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Customers customers;

    @MockitoBean
    CustomerSearch search;

    @MockitoBean
    Timeline timeline;

    @MockitoBean
    CustomerPanel panel;

    @MockitoBean
    UserDirectory users;

    static MockHttpServletRequestBuilder newCustomer(String name) {
        return post("/customers").param("lang", "en").param("kind", "COMPANY").param("name", name);
    }

    @Test
    void aBlankNameIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(newCustomer(" ").with(SALES).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("customers/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">must not be blank</div>")));
        verifyNoInteractions(customers);
    }

    @Test
    void aWrongPhoneIsNamedInTheReadersLanguage() throws Exception {
        mvc.perform(post("/customers")
                        .param("lang", "es")
                        .param("kind", "COMPANY")
                        .param("name", "Hotel")
                        .param("phone", "llámame")
                        .with(SALES)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "phone"))
                .andExpect(model().attributeErrorCount("form", 1));
        verifyNoInteractions(customers);
    }

    @Test
    void aGoodFormIsSavedAndRedirectsToTheCustomer() throws Exception {
        Customer created = mock(Customer.class);
        when(created.getId()).thenReturn(42L);
        when(customers.create(eq(""), any())).thenReturn(created);
        mvc.perform(newCustomer("Hotel Las Palmas")
                        .param("customerNumber", "")
                        .with(SALES)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/customers/42"))
                .andExpect(flash().attribute("flash", "customers.saved"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(newCustomer("Hotel").with(SALES)).andExpect(status().isForbidden());
        mvc.perform(newCustomer("Hotel").with(SALES).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(customers);
    }

    @Test
    void aReaderMayNotOpenOrSendTheForm() throws Exception {
        mvc.perform(get("/customers/new").with(user("vera").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(newCustomer("Hotel").with(user("vera").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(customers);
    }

    @Test
    void aStrangerIsSentToSignIn() throws Exception {
        mvc.perform(get("/customers/new"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(newCustomer("Hotel").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        verifyNoInteractions(customers);
    }
}
