package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.service.internal.cases.CaseStatus;
import org.clientela.service.internal.cases.Cases;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case list: its total, sorting by a column with the filters kept, and changing several cases at once. */
@ApplicationTest
class CaseListTests {

    static final RequestPostProcessor SERVICE = user("sara").roles("SERVICE");

    @Autowired
    MockMvc mvc;

    @Autowired
    Cases cases;

    @Autowired
    UserDirectory users;

    @Autowired
    org.clientela.service.internal.promises.PromiseLedger ledger;

    private String page(String... params) throws Exception {
        var request = get("/service/cases").with(SERVICE).header("Accept-Language", "es");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> references(String html) {
        List<String> found = new ArrayList<>();
        var m = Pattern.compile(">(C-\\d{4}-\\d+)</a>").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void countsSortsByAColumnAndKeepsTheFiltersOnEveryLink() throws Exception {
        ServiceFixtures fixtures = new ServiceFixtures(mvc);
        long customer = fixtures.customer("Lista de casos");
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(cases.get(fixtures.complaint(customer)).getReference());
        }

        String html = page("customerId", "" + customer, "sort", "reference", "dir", "desc");
        assertThat(html).contains("3 casos");
        assertThat(references(html)).containsExactly(opened.get(2), opened.get(1), opened.get(0));
        assertThat(html)
                .contains("aria-sort=\"descending\"")
                .contains("href=\"/service/cases?customerId=" + customer + "&amp;sort=reference&amp;dir=asc\"");

        assertThat(references(page("customerId", "" + customer, "sort", "reference")))
                .containsExactly(opened.get(0), opened.get(1), opened.get(2));
        // The sort names people may have kept in links still work.
        assertThat(references(page("customerId", "" + customer, "sort", "OLDEST")))
                .first()
                .isEqualTo(opened.get(0));
    }

    @Test
    void changesSeveralCasesSayingWhichCouldNotMoveAndWhy() throws Exception {
        ServiceFixtures fixtures = new ServiceFixtures(mvc);
        String owner = "omar-" + fixtures.marker;
        users.ensure(owner, "Omar", Role.SERVICE);
        long customer = fixtures.customer("Casos en bloque");
        long first = fixtures.complaint(customer);
        long second = fixtures.complaint(customer);
        String back = "/service/cases?customerId=" + customer;

        mvc.perform(post("/service/cases/bulk")
                        .with(csrf())
                        .with(SERVICE)
                        .header("Accept-Language", "es")
                        .param("action", "OWNER")
                        .param("owner", owner)
                        .param("back", back)
                        .param("ids", "" + first, "" + second))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("¿Asignar estos 2 casos a " + owner + "?")));

        mvc.perform(apply("OWNER", back, first, second).param("owner", owner))
                .andExpect(redirectedUrl(back))
                .andExpect(flash().attribute("bulkDone", "2 casos asignados a " + owner + "."));
        assertThat(cases.get(first).getOwnerUsername()).isEqualTo(owner);

        mvc.perform(apply("START", back, first)).andExpect(flash().attribute("bulkDone", "1 caso puesto en curso."));
        String firstReference = cases.get(first).getReference();
        mvc.perform(apply("START", back, first, second))
                .andExpect(flash().attribute("bulkDone", "1 caso puesto en curso."))
                .andExpect(flash().attribute(
                                "bulkRefused",
                                List.of(firstReference + " está «En curso» y no puede pasar a «En curso».")));
        assertThat(cases.get(second).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);

        mvc.perform(apply("OWNER", back, first).param("owner", "pepito"))
                .andExpect(flash().attribute("bulkError", "«pepito» no es una persona que use Clientela."));
    }

    @Test
    void thePromiseListCountsAndTurnsItsOrderRoundKeepingItsFilters() throws Exception {
        ServiceFixtures fixtures = new ServiceFixtures(mvc);
        String owner = "pia-" + fixtures.marker;
        users.ensure(owner, "Pía", Role.SERVICE);
        long caseId = fixtures.complaint(fixtures.customer("Promesas"));
        long customerId = cases.get(caseId).getCustomerId();
        java.time.Instant now = java.time.Instant.now();
        ledger.make(caseId, customerId, PromiseKind.CALL_BACK, now.plus(java.time.Duration.ofDays(2)), "a", owner);
        ledger.make(caseId, customerId, PromiseKind.UPDATE, now.plus(java.time.Duration.ofDays(5)), "b", owner);
        var sara = user(owner).roles("SERVICE");

        String soonest = mvc.perform(get("/service/promises")
                        .with(sara)
                        .header("Accept-Language", "es")
                        .param("owner", owner))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(soonest)
                .contains("2 promesas")
                .contains("aria-sort=\"ascending\"")
                .contains("/service/promises?status=PENDING&amp;days=90&amp;owner=" + owner
                        + "&amp;sort=due&amp;dir=desc");
        String rows = soonest.substring(soonest.indexOf("id=\"promise-list\""));
        assertThat(rows.indexOf("Devolver la llamada")).isLessThan(rows.indexOf("Dar noticias"));

        String latest = mvc.perform(get("/service/promises")
                        .with(sara)
                        .header("Accept-Language", "es")
                        .param("owner", owner)
                        .param("sort", "due")
                        .param("dir", "desc"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String turned = latest.substring(latest.indexOf("id=\"promise-list\""));
        assertThat(turned.indexOf("Dar noticias")).isLessThan(turned.indexOf("Devolver la llamada"));

        mvc.perform(get("/service/letters")
                        .with(sara)
                        .header("Accept-Language", "es")
                        .param("view", "SENT"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"letter-total\"")));
    }

    @Test
    void onlyThoseWhoWorkCasesChangeThemInBulk() throws Exception {
        ServiceFixtures fixtures = new ServiceFixtures(mvc);
        long caseId = fixtures.complaint(fixtures.customer("Sin permiso"));
        for (RequestPostProcessor who :
                List.of(user("v").roles("VIEWER"), user("s").roles("SALES"))) {
            mvc.perform(post("/service/cases/bulk/apply")
                            .with(csrf())
                            .with(who)
                            .param("action", "START")
                            .param("ids", "" + caseId))
                    .andExpect(status().isForbidden());
        }
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apply(
            String action, String back, long... ids) {
        var request = post("/service/cases/bulk/apply")
                .with(csrf())
                .with(SERVICE)
                .header("Accept-Language", "es")
                .param("action", action)
                .param("back", back);
        for (long id : ids) {
            request = request.param("ids", "" + id);
        }
        return request;
    }
}
