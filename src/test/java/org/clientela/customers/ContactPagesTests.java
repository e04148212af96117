package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.customers.internal.Customers;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Adding and removing the people at a customer from the customer page. */
@ApplicationTest
class ContactPagesTests {

    static final RequestPostProcessor SELLER = user("seller").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    Customers customers;

    @Autowired
    CustomerSearch search;

    final String marker = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    Customer customer() {
        return customers.create(
                null,
                new CustomerDetails(
                        CustomerKind.COMPANY,
                        "Hotel Teide " + marker,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LifecycleStatus.CUSTOMER,
                        null,
                        List.of(),
                        List.of()));
    }

    @Test
    void addsAContactWhoIsThenShownAndFoundByName() throws Exception {
        Customer hotel = customer();
        mvc.perform(post("/customers/" + hotel.getId() + "/contacts")
                        .with(SELLER)
                        .with(csrf())
                        .param("version", String.valueOf(hotel.getVersion()))
                        .param("name", "Nieves Afonso " + marker)
                        .param("jobTitle", "Directora de compras")
                        .param("decisionLevel", "DECISION_MAKER")
                        .param("phone", "922 55 66 77"))
                .andExpect(redirectedUrl("/customers/" + hotel.getId()));

        mvc.perform(get("/customers/" + hotel.getId()).with(SELLER).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Nieves Afonso " + marker)))
                .andExpect(content().string(containsString("Directora de compras")))
                .andExpect(content().string(containsString("Decide")));
        assertThat(search.search("nieves " + marker, null, CustomerSearch.Sort.NAME, 0, 10)
                        .items())
                .extracting(c -> c.id())
                .containsExactly(hotel.getId());
    }

    @Test
    void showsTheMistakesNextToTheFieldsAndAddsNothing() throws Exception {
        Customer hotel = customer();
        mvc.perform(post("/customers/" + hotel.getId() + "/contacts")
                        .with(SELLER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("version", String.valueOf(hotel.getVersion()))
                        .param("name", " ")
                        .param("email", "no-es-un-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("id=\"contact-form\"")));
        assertThat(customers.get(hotel.getId()).getContacts()).isEmpty();
    }

    @Test
    void aStalePageNeitherAddsNorRemoves() throws Exception {
        Customer hotel = customer();
        customers.addContact(
                hotel.getId(),
                hotel.getVersion(),
                new org.clientela.customers.internal.Contact("Primera " + marker, null, null, null, null));
        mvc.perform(post("/customers/" + hotel.getId() + "/contacts")
                        .with(SELLER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("version", String.valueOf(hotel.getVersion()))
                        .param("name", "Segunda " + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Otra persona ha cambiado este cliente")));
        mvc.perform(post("/customers/" + hotel.getId() + "/contacts/0/remove")
                        .with(SELLER)
                        .with(csrf())
                        .param("version", String.valueOf(hotel.getVersion())))
                .andExpect(redirectedUrl("/customers/" + hotel.getId()));
        assertThat(customers.get(hotel.getId()).getContacts())
                .extracting(c -> c.name())
                .containsExactly("Primera " + marker);

        long current = customers.get(hotel.getId()).getVersion();
        mvc.perform(post("/customers/" + hotel.getId() + "/contacts/0/remove")
                        .with(SELLER)
                        .with(csrf())
                        .param("version", String.valueOf(current)))
                .andExpect(redirectedUrl("/customers/" + hotel.getId()));
        assertThat(customers.get(hotel.getId()).getContacts()).isEmpty();
    }

    @Test
    void viewersCannotChangeContacts() throws Exception {
        Customer hotel = customer();
        mvc.perform(post("/customers/" + hotel.getId() + "/contacts")
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "X"))
                .andExpect(status().isForbidden());
    }
}
