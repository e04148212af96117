package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.Customers;
import org.clientela.platform.AuditLog;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Changing several customers of the list at once: confirm, apply, say what was done, audit it; roles. */
@ApplicationTest
class CustomerBulkTests {

    static final RequestPostProcessor SALES = user("vera").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    Customers customers;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditLog audit;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final String ana = "ana-" + marker;
    Customer first;
    Customer second;
    Customer untouched;

    @BeforeEach
    void customersAndAUser() {
        users.ensure(ana, "Ana " + marker, Role.SALES);
        users.ensure("pepe", "Pepe", Role.SALES);
        first = customer("Bulk uno " + marker, "pepe");
        second = customer("Bulk dos " + marker, null);
        untouched = customer("Bulk tres " + marker, null);
    }

    private Customer customer(String name, String owner) {
        return customers.create(
                null,
                new CustomerDetails(
                        CustomerKind.COMPANY,
                        name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        owner,
                        LifecycleStatus.PROSPECT,
                        null,
                        List.of("old"),
                        List.of()));
    }

    private MockHttpServletRequestBuilder bulk(String path, String action, String... params) {
        var request = post(path)
                .with(csrf())
                .header("Accept-Language", "es")
                .param("action", action)
                .param("ids", first.getId().toString(), second.getId().toString())
                .param("back", "/customers?q=" + marker + "&page=0");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    @Test
    void assignsTheChosenCustomersToAUserAfterAConfirmationAndSaysSo() throws Exception {
        mvc.perform(bulk("/customers/bulk", "OWNER", "owner", ana).with(SALES))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Asignar estos 2 clientes a " + ana + "?")))
                .andExpect(content().string(containsString("Bulk uno " + marker)))
                .andExpect(content().string(containsString("Bulk dos " + marker)));
        assertThat(customers.get(first.getId()).getOwnerUsername()).isEqualTo("pepe");

        mvc.perform(bulk("/customers/bulk/apply", "OWNER", "owner", ana).with(SALES))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/customers?q=" + marker + "&page=0"))
                .andExpect(flash().attribute("bulkDone", "2 clientes asignados a " + ana + "."));

        Customer changed = customers.get(first.getId());
        assertThat(changed.getOwnerUsername()).isEqualTo(ana);
        assertThat(changed.getVersion()).isGreaterThan(first.getVersion());
        assertThat(customers.get(second.getId()).getOwnerUsername()).isEqualTo(ana);
        assertThat(customers.get(untouched.getId()).getOwnerUsername()).isNull();
        assertThat(audit.history("customer", first.getId(), 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CUSTOMER_UPDATED");
            assertThat(e.actor()).isEqualTo("vera");
        });

        mvc.perform(bulk("/customers/bulk/apply", "OWNER", "owner", ana).with(SALES))
                .andExpect(flash().attribute("bulkDone", "Ningún cliente ha cambiado: ya eran de " + ana + "."));
    }

    @Test
    void addsATagAndChangesTheStatus() throws Exception {
        mvc.perform(bulk("/customers/bulk/apply", "TAG", "tag", "feria-" + marker)
                        .with(SALES))
                .andExpect(flash().attribute("bulkDone", "Etiqueta «feria-" + marker + "» añadida a 2 clientes."));
        assertThat(customers.get(first.getId()).tagNames()).containsExactly("feria-" + marker, "old");
        assertThat(customers.get(untouched.getId()).tagNames()).containsExactly("old");

        mvc.perform(bulk("/customers/bulk/apply", "STATUS", "status", "CUSTOMER")
                        .with(SALES))
                .andExpect(flash().attribute("bulkDone", "2 clientes pasados a «Cliente»."));
        assertThat(customers.get(second.getId()).getLifecycleStatus()).isEqualTo(LifecycleStatus.CUSTOMER);
        assertThat(audit.history("customer", second.getId(), 5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("CUSTOMER_STATUS_CHANGED"));
    }

    @Test
    void refusesUnknownOwnersLostInBulkAndAnEmptyChoiceInPlainWords() throws Exception {
        mvc.perform(bulk("/customers/bulk/apply", "OWNER", "owner", "pepito").with(SALES))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("bulkError", "«pepito» no es una persona que use Clientela."))
                .andExpect(flash().attribute("bulkErrorField", "owner"));
        assertThat(customers.get(first.getId()).getOwnerUsername()).isEqualTo("pepe");

        mvc.perform(bulk("/customers/bulk/apply", "STATUS", "status", "LOST").with(SALES))
                .andExpect(flash().attribute("bulkErrorField", "status"));
        assertThat(customers.get(first.getId()).getLifecycleStatus()).isEqualTo(LifecycleStatus.PROSPECT);

        mvc.perform(post("/customers/bulk")
                        .with(csrf())
                        .with(SALES)
                        .param("action", "TAG")
                        .param("tag", "x"))
                .andExpect(flash().attribute("bulkError", "Marca antes al menos un cliente de la lista."))
                .andExpect(redirectedUrl("/customers"));

        // Only back to a customer list of this application.
        mvc.perform(post("/customers/bulk/apply")
                        .with(csrf())
                        .with(SALES)
                        .param("action", "TAG")
                        .param("tag", "x")
                        .param("ids", first.getId().toString())
                        .param("back", "//evil.example/"))
                .andExpect(redirectedUrl("/customers"));
    }

    @Test
    void readersMayNotChangeCustomersInBulkNorWithoutTheFormsToken() throws Exception {
        mvc.perform(bulk("/customers/bulk/apply", "OWNER", "owner", ana)
                        .with(user("val").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/bulk/apply")
                        .with(SALES)
                        .param("action", "OWNER")
                        .param("owner", ana)
                        .param("ids", first.getId().toString()))
                .andExpect(status().isForbidden());
        assertThat(customers.get(first.getId()).getOwnerUsername()).isEqualTo("pepe");
    }
}
