package org.clientela.privacy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The consents card on the prospect page and a contact person's consents page: the prospect page
 * carries the card (loaded from privacy), a seller sees and records only on their own prospects,
 * a form sent without scripts returns to the prospect, and a contact's page names the customer.
 */
@ApplicationTest
class PersonConsentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final RequestPostProcessor ana = user("ana" + marker).roles("SALES");
    final RequestPostProcessor bea = user("bea" + marker).roles("SALES");

    long prospect(String owner) {
        String name = "Posible " + marker + " " + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sales_prospect (name, sort_name, source, owner_username, created_at, updated_at)
                        VALUES (:name, :sort, 'LIST', :owner, :now, :now)""")
                .param("name", name)
                .param("sort", name.toLowerCase())
                .param("owner", owner)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM sales_prospect WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void theProspectPageCarriesTheCardAndASellerReachesOnlyTheirOwn() throws Exception {
        long id = prospect("ana" + marker);
        mvc.perform(get("/sales/prospects/{id}", id).with(ana))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"panel-privacy-consents\"")))
                .andExpect(content().string(containsString("hx-get=\"/privacy/consents/prospects/" + id + "\"")));
        mvc.perform(get("/privacy/consents/prospects/{id}", id).with(ana))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consent-EMAIL-MARKETING\" data-status=\"NOT_ASKED\"")))
                .andExpect(content().string(containsString("no le llega nada")))
                .andExpect(content().string(containsString("action=\"/privacy/consents/prospects/" + id + "\"")));
        mvc.perform(get("/privacy/consents/prospects/{id}", id).with(bea)).andExpect(status().isNotFound());
        mvc.perform(post("/privacy/consents/prospects/{id}", id)
                        .with(bea)
                        .with(csrf())
                        .param("channel", "EMAIL")
                        .param("purpose", "MARKETING")
                        .param("status", "GRANTED")
                        .param("source", "PHONE")
                        .param("text", "¿Ofertas? " + marker))
                .andExpect(status().isNotFound());
        mvc.perform(post("/privacy/consents/prospects/{id}", id)
                        .with(ana)
                        .with(csrf())
                        .param("channel", "EMAIL")
                        .param("purpose", "MARKETING")
                        .param("status", "GRANTED")
                        .param("source", "PHONE")
                        .param("text", "¿Ofertas? " + marker))
                .andExpect(redirectedUrl("/sales/prospects/" + id));
        mvc.perform(get("/privacy/consents/prospects/{id}", id)
                        .with(user("v" + marker).roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consent-EMAIL-MARKETING\" data-status=\"GRANTED\"")))
                .andExpect(content().string(not(containsString("consent-form"))));
    }

    @Test
    void aContactsPageNamesTheCustomerAndRecordsForTheContactAlone() throws Exception {
        long customer = new org.clientela.customers.CustomerFixtures(
                        mvc.getDispatcherServlet().getWebApplicationContext())
                .person("Empresa " + marker);
        jdbc.sql("INSERT INTO contact (customer_id, position, name) VALUES (:c, 0, :name)")
                .param("c", customer)
                .param("name", "Rosa " + marker)
                .update();
        long contact = jdbc.sql("SELECT id FROM contact WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
        mvc.perform(get("/privacy/consents/contacts/{id}", contact).with(bea))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rosa " + marker)))
                .andExpect(content().string(containsString("persona de contacto de Empresa " + marker)));
        mvc.perform(post("/privacy/consents/contacts/{id}", contact)
                        .with(bea)
                        .with(csrf())
                        .param("channel", "POST")
                        .param("purpose", "SURVEYS")
                        .param("status", "REFUSED")
                        .param("source", "IN_PERSON")
                        .param("text", "¿Encuestas por carta? " + marker))
                .andExpect(redirectedUrl("/privacy/consents/contacts/" + contact));
        mvc.perform(get("/privacy/consents/customers/{id}", customer).with(bea))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consent-POST-SURVEYS\" data-status=\"NOT_ASKED\"")))
                .andExpect(content().string(containsString("Correo postal · Encuestas de satisfacción: Rechaza")));
        mvc.perform(get("/privacy/consents/contacts/{id}", Long.MAX_VALUE - 3).with(bea))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProspectsCardHasALinePerPersonLeadingToTheirOwnPageForTheSellerAlone() throws Exception {
        long id = prospect("ana" + marker);
        for (String name : java.util.List.of("Rosa", "Luis")) {
            jdbc.sql("INSERT INTO sales_prospect_contact (prospect_id, position, name) VALUES (:p, :pos, :name)")
                    .param("p", id)
                    .param("pos", "Rosa".equals(name) ? 0 : 1)
                    .param("name", name + " " + marker)
                    .update();
        }
        long rosa = jdbc.sql("SELECT id FROM sales_prospect_contact WHERE prospect_id = :p AND position = 0")
                .param("p", id)
                .query(Long.class)
                .single();
        mvc.perform(post("/privacy/consents/prospect-contacts/{id}", rosa)
                        .with(ana)
                        .with(csrf())
                        .param("channel", "PHONE")
                        .param("purpose", "MARKETING")
                        .param("status", "GRANTED")
                        .param("source", "PHONE")
                        .param("text", "¿Te llamamos con ofertas? " + marker))
                .andExpect(redirectedUrl("/privacy/consents/prospect-contacts/" + rosa));
        mvc.perform(get("/privacy/consents/prospects/{id}", id).with(ana))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("href=\"/privacy/consents/prospect-contacts/" + rosa + "\"")))
                .andExpect(content().string(containsString("Teléfono · Ofertas y novedades: Acepta")))
                .andExpect(content().string(containsString("Luis " + marker)))
                .andExpect(
                        content().string(containsString("id=\"consent-PHONE-MARKETING\" data-status=\"NOT_ASKED\"")));
        mvc.perform(get("/privacy/consents/prospect-contacts/{id}", rosa)
                        .with(ana)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rosa " + marker)))
                .andExpect(content().string(containsString("contact person at Posible " + marker)))
                .andExpect(content().string(containsString("href=\"/sales/prospects/" + id + "\"")))
                .andExpect(content().string(containsString("id=\"consent-PHONE-MARKETING\" data-status=\"GRANTED\"")))
                .andExpect(content().string(containsString("While not asked, nothing goes.")));
        mvc.perform(get("/privacy/consents/prospect-contacts/{id}", rosa).with(bea))
                .andExpect(status().isNotFound());
        mvc.perform(post("/privacy/consents/prospect-contacts/{id}", rosa)
                        .with(bea)
                        .with(csrf())
                        .param("channel", "PHONE")
                        .param("purpose", "MARKETING")
                        .param("status", "REFUSED")
                        .param("source", "PHONE")
                        .param("text", "x " + marker))
                .andExpect(status().isNotFound());
    }
}
