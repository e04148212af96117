package org.clientela.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The customer form with people in mind: the owner is chosen from the active users (an unknown one is
 * refused next to the field), a customer that may exist already is named with a link after saving,
 * and the customers nobody looks after have their own list.
 */
@ApplicationTest
class CustomerPeoplePagesTests {

    static final RequestPostProcessor SALES = user("vendedora").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    final String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    MockHttpServletRequestBuilder newCustomer(String lang, String name, String email, String owner) {
        return post("/customers")
                .with(SALES)
                .with(csrf())
                .param("lang", lang)
                .param("kind", "COMPANY")
                .param("name", name)
                .param("email", email)
                .param("owner", owner);
    }

    @Test
    void offersTheActiveUsersAsOwnersAndRefusesAnyoneElseNextToTheField() throws Exception {
        users.ensure("ana" + marker, "Ana " + marker, Role.SALES);
        mvc.perform(get("/customers/new").with(SALES))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<option value=\"ana" + marker + "\">Ana " + marker + " (ana" + marker
                                + ")</option>")));

        mvc.perform(newCustomer("es", "Sin dueño " + marker, "", "pepito" + marker))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "«pepito" + marker + "» no es un usuario activo. Elige a alguien de la lista.")));
        mvc.perform(newCustomer("en", "Sin dueño " + marker, "", "pepito" + marker))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("&quot;pepito" + marker
                                + "&quot; is not an active user. Choose someone from the list.")));
        mvc.perform(newCustomer("es", "Con dueña " + marker, "", "ana" + marker))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void namesACustomerThatMayExistAlreadyWithALinkAfterCreatingAndEditing() throws Exception {
        String email = "hola@" + marker + ".es";
        MvcResult first = mvc.perform(newCustomer("es", "Original " + marker, email, ""))
                .andExpect(flash().attribute("possibleDuplicates", hasSize(0)))
                .andReturn();
        String firstUrl = first.getResponse().getRedirectedUrl();

        MvcResult second = mvc.perform(newCustomer("es", "Copia " + marker, email.toUpperCase(), ""))
                .andExpect(flash().attribute("possibleDuplicates", hasSize(1)))
                .andReturn();
        // The warning is a flash attribute, kept in the session store until the next page.
        mvc.perform(get(second.getResponse().getRedirectedUrl())
                        .with(SALES)
                        .param("lang", "es")
                        .cookie(second.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Puede que este cliente ya exista:")))
                .andExpect(content().string(containsString("href=\"" + firstUrl + "\"")))
                .andExpect(content().string(containsString("e-mail")));
        MvcResult third =
                mvc.perform(newCustomer("en", "Tercera " + marker, email, "")).andReturn();
        mvc.perform(get(third.getResponse().getRedirectedUrl())
                        .with(SALES)
                        .param("lang", "en")
                        .cookie(third.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("This customer may already exist:")));
        mvc.perform(get(third.getResponse().getRedirectedUrl()).with(SALES))
                .andExpect(content().string(not(containsString("possible-duplicates"))));

        // Editing the first: the second is now the one that may be the same.
        long firstId = Long.parseLong(firstUrl.substring(firstUrl.lastIndexOf('/') + 1));
        mvc.perform(post("/customers/" + firstId)
                        .with(SALES)
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "COMPANY")
                        .param("name", "Original " + marker)
                        .param("email", email)
                        .param("owner", ""))
                .andExpect(flash().attribute("possibleDuplicates", hasSize(2)));
    }

    @Test
    void listsTheCustomersNobodyLooksAfter() throws Exception {
        // Digits sort before letters: on the first page whatever other tests left.
        mvc.perform(newCustomer("es", "000 Huérfano " + marker, "", "")).andExpect(status().is3xxRedirection());
        users.ensure("eva" + marker, "Eva", Role.SALES);
        mvc.perform(newCustomer("es", "000 Atendido " + marker, "", "eva" + marker))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/customers/unassigned").with(SALES).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clientes sin responsable")))
                .andExpect(content().string(containsString("000 Huérfano " + marker)))
                .andExpect(content().string(not(containsString("000 Atendido " + marker))));
        mvc.perform(get("/customers/unassigned").with(SALES).param("lang", "en"))
                .andExpect(content().string(containsString("Customers without an owner")));
    }
}
