package org.clientela.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The prospect and campaign pages on the whole application: every page rendered in Spanish and
 * English without a missing word, the list's search, filters and empty states, the forms' errors
 * next to their fields, the duplicate warning with its link, the contacts editor that the "title
 * known" line follows, and ready to call as a filter and a count.
 */
@ApplicationTest
class SalesPagesOnH2Tests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final RequestPostProcessor seller = user("ana-" + marker).roles("SALES");

    @Test
    void everySalesPageReadsInBothLanguagesWithoutAMissingWord() throws Exception {
        long campaign = campaign("Todas " + marker, "TOP_DOWN");
        long prospect = prospectForm(Map.of("name", "Páginas " + marker, "campaignId", String.valueOf(campaign)));
        addContact(prospect, "Luisa Pérez", "Gerente");
        for (String language : List.of("es", "en")) {
            for (String page : List.of(
                    "/sales/prospects",
                    "/sales/prospects?ready=true",
                    "/sales/prospects?q=nadie" + marker,
                    "/sales/prospects/new",
                    "/sales/prospects/" + prospect,
                    "/sales/prospects/" + prospect + "/edit",
                    "/sales/prospects/" + prospect + "/contacts/new",
                    "/sales/prospects/" + prospect + "/contacts/0/edit",
                    "/sales/campaigns",
                    "/sales/campaigns/new",
                    "/sales/campaigns/" + campaign,
                    "/sales/campaigns/" + campaign + "/edit",
                    "/sales/targeting")) {
                mvc.perform(get(page).with(MANAGER).header("Accept-Language", language))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
    }

    @Test
    void theListSearchesFiltersAndSaysWhyItIsEmpty() throws Exception {
        prospectForm(Map.of("name", "Ferretería Búsqueda " + marker));
        prospectForm(Map.of("name", "Panadería Otra " + marker));

        mvc.perform(get("/sales/prospects").param("q", "busqueda " + marker).with(seller))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ferretería Búsqueda " + marker),
                                not(containsString("Panadería Otra")))));
        mvc.perform(get("/sales/prospects/rows")
                        .param("q", "panaderia " + marker)
                        .with(seller))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Panadería Otra " + marker), not(containsString("<html")))));
        mvc.perform(get("/sales/prospects")
                        .param("q", "zz" + marker)
                        .with(seller)
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Ningún prospecto coincide con «zz" + marker + "»")));
        mvc.perform(get("/sales/prospects").param("stage", "WON").with(seller).header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("No prospect matches these filters."),
                                not(containsString("Búsqueda " + marker)))));
        mvc.perform(get("/sales/prospects")
                        .with(user("nuevo-" + marker).roles("SALES"))
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Aún no hay prospectos.")));
    }

    @Test
    void readyToCallIsAFilterAndACountThatFollowTheResearch() throws Exception {
        long campaign = campaign("Descendente " + marker, "TOP_DOWN");
        long waiting = prospectForm(Map.of("name", "Sin investigar " + marker, "campaignId", String.valueOf(campaign)));
        prospectForm(Map.of("name", "Sin campaña " + marker));

        mvc.perform(get("/sales/prospects").with(seller).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("1 listo para llamar")));
        mvc.perform(get("/sales/prospects").param("ready", "true").with(seller))
                .andExpect(content()
                        .string(allOf(
                                containsString("Sin campaña " + marker),
                                not(containsString("Sin investigar " + marker)))));

        long version = jdbc.sql("SELECT version FROM sales_prospect WHERE id = :id")
                .param("id", waiting)
                .query(Long.class)
                .single();
        // Too long a note is refused as an error (red), not announced in the green of a saved research.
        mvc.perform(post("/sales/prospects/{id}/research", waiting)
                        .with(seller)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("contact", "L".repeat(5_000)))
                .andExpect(flash().attribute("flashError", "sales.research.tooLong"))
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.nullValue()));
        mvc.perform(post("/sales/prospects/{id}/research", waiting)
                        .with(seller)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("contact", "Luisa Pérez")
                        .param("business", "Vende tornillos")
                        .param("news", "Abrió una tienda")
                        .param("reason", "Crece"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sales/prospects").with(seller).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("2 ready to call")));
        mvc.perform(get("/sales/prospects").param("ready", "true").with(seller))
                .andExpect(content().string(containsString("Sin investigar " + marker)));
    }

    @Test
    void theProspectFormTellsErrorsNextToFieldsAndCarriesTheDuplicateItFound() throws Exception {
        mvc.perform(post("/sales/prospects")
                        .with(seller)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("name", "")
                        .param("employees", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Escribe el nombre."), containsString("is-invalid"))));
        mvc.perform(post("/sales/prospects")
                        .with(seller)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("name", "Mal NIF " + marker)
                        .param("taxId", "B12345678"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("El NIF/CIF/NIE «B12345678» no es válido"),
                                containsString("is-invalid"))));

        String phone = "6" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        long first = prospectForm(Map.of("name", "Primero " + marker, "phone", phone));
        MvcResult second = mvc.perform(post("/sales/prospects")
                        .with(seller)
                        .with(csrf())
                        .param("name", "Segundo " + marker)
                        .param("phone", "+34 " + phone))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Object duplicate = second.getFlashMap().get("duplicate");
        assertThat(duplicate)
                .as("the form carries the duplicate it found to the page")
                .isEqualTo(new org.clientela.sales.internal.prospects.DuplicateOf(
                        org.clientela.sales.internal.prospects.DuplicateOf.Type.PROSPECT,
                        first,
                        "Primero " + marker,
                        null));
        long version = jdbc.sql("SELECT version FROM sales_prospect WHERE id = :id")
                .param("id", first)
                .query(Long.class)
                .single();
        mvc.perform(post("/sales/prospects/{id}", first)
                        .with(seller)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("version", String.valueOf(version))
                        .param("name", "Primero " + marker)
                        .param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("id=\"email\""))));
    }

    @Test
    void contactsAreAddedEditedAndRemovedAndTheTitleKnownLineFollows() throws Exception {
        long prospect = prospectForm(Map.of("name", "Contactos " + marker, "employees", "5"));
        mvc.perform(get("/sales/prospects/{id}", prospect).with(seller).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Propietario o presidente"),
                                containsString("Aún no sabes quién tiene ese cargo"))));

        mvc.perform(post("/sales/prospects/{id}/contacts", prospect)
                        .with(seller)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("version", String.valueOf(version(prospect)))
                        .param("name", " ")
                        .param("email", "no"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("id=\"contact-form\""), containsString("is-invalid"))));
        assertThat(contacts(prospect)).isZero();

        addContact(prospect, "Luis Gómez", "Jefe de taller");
        mvc.perform(get("/sales/prospects/{id}", prospect).with(seller).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Luis Gómez"), containsString("Aún no sabes quién tiene ese cargo"))));

        mvc.perform(post("/sales/prospects/{id}/contacts/0", prospect)
                        .with(seller)
                        .with(csrf())
                        .param("version", String.valueOf(version(prospect)))
                        .param("name", "Luis Gómez")
                        .param("jobTitle", "Propietario")
                        .param("decisionLevel", "DECISION_MAKER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sales/prospects/{id}", prospect).with(seller).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Ya tienes un contacto con ese cargo."), containsString("Decide"))));

        mvc.perform(post("/sales/prospects/{id}/contacts/0/remove", prospect)
                        .with(seller)
                        .with(csrf())
                        .param("version", String.valueOf(version(prospect) - 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(contacts(prospect)).as("a stale removal is refused").isEqualTo(1);
        mvc.perform(post("/sales/prospects/{id}/contacts/0/remove", prospect)
                        .with(seller)
                        .with(csrf())
                        .param("version", String.valueOf(version(prospect))))
                .andExpect(status().is3xxRedirection());
        assertThat(contacts(prospect)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'prospect' AND entity_id = :id"
                                + " AND action LIKE 'PROSPECT_CONTACT_%'")
                        .param("id", String.valueOf(prospect))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        mvc.perform(post("/sales/prospects/{id}/contacts", prospect)
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("version", String.valueOf(version(prospect)))
                        .param("name", "Nadie"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sales/prospects/{id}/contacts/new", prospect)
                        .with(user("otra-" + marker).roles("SALES")))
                .andExpect(status().isNotFound());
    }

    @Test
    void campaignsAreListedCreatedWithErrorsNextToFieldsAndShown() throws Exception {
        mvc.perform(post("/sales/campaigns")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("name", "")
                        .param("strategy", "TOP_DOWN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escribe el nombre de la campaña."), containsString("is-invalid"))));
        long campaign = campaign("Primavera " + marker, "BOTTOM_UP");
        mvc.perform(get("/sales/campaigns").with(seller).header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Primavera " + marker),
                                containsString("/sales/campaigns/" + campaign),
                                not(containsString("id=\"new-campaign\"")))));
        mvc.perform(get("/sales/campaigns/{id}", campaign).with(seller).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Primavera " + marker)));
        mvc.perform(get("/sales/campaigns/new").with(seller)).andExpect(status().isForbidden());
    }

    private long campaign(String name, String strategy) throws Exception {
        MvcResult created = mvc.perform(post("/sales/campaigns")
                        .with(MANAGER)
                        .with(csrf())
                        .param("name", name)
                        .param("strategy", strategy)
                        .param("status", "ACTIVE")
                        .param("startsOn", "2025-01-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return idIn(created);
    }

    private long prospectForm(Map<String, String> fields) throws Exception {
        var request = post("/sales/prospects").with(seller).with(csrf());
        fields.forEach(request::param);
        return idIn(mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn());
    }

    private void addContact(long prospect, String name, String title) throws Exception {
        mvc.perform(post("/sales/prospects/{id}/contacts", prospect)
                        .with(seller)
                        .with(csrf())
                        .param("version", String.valueOf(version(prospect)))
                        .param("name", name)
                        .param("jobTitle", title))
                .andExpect(status().is3xxRedirection());
    }

    private long version(long prospect) {
        return jdbc.sql("SELECT version FROM sales_prospect WHERE id = :id")
                .param("id", prospect)
                .query(Long.class)
                .single();
    }

    private long contacts(long prospect) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_prospect_contact WHERE prospect_id = :id")
                .param("id", prospect)
                .query(Long.class)
                .single();
    }

    private static long idIn(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
