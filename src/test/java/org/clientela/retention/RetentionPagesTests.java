package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The register, the three questions and concentration as pages, in Spanish and English, with
 * the customer-page card and its form (H2 and PostgreSQL twins).
 */
@EmptyBusiness
abstract class RetentionPagesTests {

    static final RequestPostProcessor MANAGER = user("gerente").roles("MANAGER");
    static final RequestPostProcessor VIEWER = user("mirón").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LossRegister register;

    LossFixtures data;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        data = new LossFixtures(jdbc);
        today = LocalDate.now(clock);
    }

    @Test
    void theThreeQuestionsInBothLanguages() throws Exception {
        long id = data.customer("Bodega Hernández");
        data.order(id, today.minusDays(30), "250.00");
        data.order(id, today.minusDays(3), "50.00");
        register.markLost(id, "COMPETITOR", null, today);

        mvc.perform(get("/retention").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Las tres preguntas"),
                                containsString("1. ¿Cuántos clientes hemos perdido?"),
                                containsString("se fue a la competencia"),
                                containsString("/retention/losses?reason=COMPETITOR"),
                                containsString("¿Cuántos regresan?"),
                                containsString("Valor de vida: sin modelo aún"),
                                containsString("id=\"cohort-table\""),
                                containsString("/js/retention-charts.js"),
                                not(containsString("??")))));
        mvc.perform(get("/retention").param("lang", "en").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The three questions"),
                                containsString("went to a competitor"),
                                containsString("How many come back?"),
                                not(containsString("??")))));
    }

    @Test
    void theRegisterListsLossesWithTheirFiltersAndPages() throws Exception {
        long id = data.customer("Papelería Ruiz");
        register.markLost(id, "MOVED", null, data.day(6, 10));

        mvc.perform(get("/retention/losses")
                        .param("month", data.year + "-06")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Papelería Ruiz " + data.marker),
                                containsString("se mudó"),
                                containsString("inevitable"),
                                containsString("sin modelo aún"))));
        mvc.perform(get("/retention/losses")
                        .param("month", data.year + "-07")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(
                        content().string(allOf(not(containsString(data.marker)), containsString("id=\"no-losses\""))));
        mvc.perform(get("/retention/losses")
                        .param("month", data.year + "-06")
                        .param("lang", "en")
                        .with(VIEWER))
                .andExpect(content()
                        .string(allOf(
                                containsString("Lost customers"),
                                containsString("moved away"),
                                containsString("unavoidable"))));
        mvc.perform(get("/retention/losses")
                        .param("month", "junio")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El mes se escribe así")));
        mvc.perform(get("/retention/losses")
                        .param("reason", "BORED")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void concentrationInBothLanguages() throws Exception {
        mvc.perform(get("/retention/concentration").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Concentración de ventas"),
                                containsString("No pongas todos los huevos en la misma cesta"),
                                not(containsString("??")))));
        mvc.perform(get("/retention/concentration").param("lang", "en").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Sales concentration"),
                                containsString("put all your eggs in one basket"),
                                not(containsString("??")))));
    }

    @Test
    void theCustomerCardMarksLostWithErrorsNextToTheField() throws Exception {
        long id = data.customer("Tienda Sosa");
        mvc.perform(get("/retention/customers/" + id + "/loss").with(MANAGER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("No consta como perdido"),
                                containsString("id=\"loss-form\""),
                                containsString("queja sin resolver"))));
        mvc.perform(get("/retention/customers/" + id + "/loss").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(content().string(not(containsString("id=\"loss-form\""))));

        mvc.perform(post("/retention/customers/" + id + "/loss")
                        .with(MANAGER)
                        .header("Accept-Language", "es")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("reason", "OTHER")
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("is-invalid"),
                                containsString("Con el motivo «otro», cuenta en una nota qué pasó."))));
        mvc.perform(post("/retention/customers/" + id + "/loss")
                        .with(MANAGER)
                        .header("Accept-Language", "es")
                        .with(csrf())
                        .param("reason", "")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mark as lost: Tienda Sosa"),
                                containsString("Choose a reason: without one we will not know what to fix."))));
        mvc.perform(post("/retention/customers/" + id + "/loss")
                        .with(VIEWER)
                        .header("Accept-Language", "es")
                        .with(csrf())
                        .param("reason", "MOVED"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/retention/customers/" + id + "/loss")
                        .with(MANAGER)
                        .header("Accept-Language", "es")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("reason", "UNRESOLVED_COMPLAINT")
                        .param("note", "La devolución nunca llegó"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/customers/" + id));
        assertThat(register.standing(id)).get().extracting(l -> l.note()).isEqualTo("La devolución nunca llegó");

        mvc.perform(get("/retention/customers/" + id + "/loss").with(MANAGER).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("queja sin resolver"),
                                containsString("id=\"won-back-form\""),
                                not(containsString("id=\"loss-form\"")))));
        mvc.perform(post("/retention/customers/" + id + "/won-back")
                        .with(MANAGER)
                        .header("Accept-Language", "es")
                        .with(csrf()))
                .andExpect(redirectedUrl("/customers/" + id));
        assertThat(register.standing(id)).isEmpty();
    }

    @Test
    void aCustomerWhoBuysAfterBeingLostIsAWonBackCandidate() throws Exception {
        long id = data.customer("Vuelve");
        data.order(id, today.minusDays(60), "10.00");
        register.markLost(id, "INDIFFERENCE", null, today.minusDays(30));
        data.order(id, today.minusDays(2), "15.00");

        mvc.perform(get("/retention/customers/" + id + "/loss").with(MANAGER).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("id=\"bought-again\"")));
        mvc.perform(get("/retention/losses")
                        .param("reason", "INDIFFERENCE")
                        .with(MANAGER)
                        .header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(containsString("Vuelve " + data.marker), containsString("volvió a comprar el"))));
    }

    @Test
    void theCustomersBehindTheRepeatRateAndTheCohorts() throws Exception {
        long twice = data.customer("Vuelve Siempre");
        data.order(twice, data.day(2, 10), "20.00");
        data.order(twice, data.day(8, 1), "30.00");
        long once = data.customer("Una Vez");
        data.order(once, data.day(3, 3), "15.00");
        long old = data.customer("De Antes");
        data.order(old, data.day(1, 5).minusYears(1), "10.00");
        data.order(old, data.day(4, 4), "10.00");
        String from = data.day(1, 1).toString();
        String to = data.day(1, 1).plusYears(1).toString();

        mvc.perform(get("/retention/new-buyers")
                        .param("from", from)
                        .param("to", to)
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vuelve Siempre " + data.marker),
                                containsString("Una Vez " + data.marker),
                                not(containsString("De Antes " + data.marker)),
                                containsString("Clientes cuya primera compra fue entre"),
                                not(containsString("??")))));
        mvc.perform(get("/retention/new-buyers")
                        .param("from", from)
                        .param("to", to)
                        .param("again", "false")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Una Vez " + data.marker),
                                not(containsString("Vuelve Siempre " + data.marker)),
                                containsString("La segunda compra es la que más cuesta"))));
        mvc.perform(get("/retention/new-buyers")
                        .param("from", from)
                        .param("to", to)
                        .param("again", "true")
                        .with(VIEWER)
                        .param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Vuelve Siempre " + data.marker),
                                not(containsString("Una Vez " + data.marker)),
                                containsString("These customers came back"))));
        // A cohort cell: of the first quarter's new buyers, those who ordered in the third quarter.
        mvc.perform(get("/retention/new-buyers")
                        .param("from", from)
                        .param("to", data.day(4, 1).toString())
                        .param("activeFrom", data.day(7, 1).toString())
                        .param("activeTo", data.day(10, 1).toString())
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Vuelve Siempre " + data.marker),
                                not(containsString("Una Vez " + data.marker)))));
        // A period that ends before it starts says so and falls back to the last 12 months.
        mvc.perform(get("/retention/new-buyers")
                        .param("from", to)
                        .param("to", from)
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"period-error\""), not(containsString("Una Vez " + data.marker)))));
    }

    @Test
    void theRepeatRateAndEachCohortCellLinkToTheirCustomers() throws Exception {
        long id = data.customer("Cohorte");
        data.order(id, today.minusDays(40), "20.00");
        data.order(id, today.minusDays(5), "20.00");
        mvc.perform(get("/retention").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("/retention/new-buyers?again=true"),
                                containsString("/retention/new-buyers?again=false"),
                                containsString("activeFrom="))));
    }
}
