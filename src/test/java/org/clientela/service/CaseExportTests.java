package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.clientela.service.internal.cases.Cases;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case and promise lists' CSV exports: exactly the rows each list shows over all its pages, in its order. */
@ApplicationTest
class CaseExportTests {

    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    Cases cases;

    @Autowired
    org.clientela.service.internal.promises.PromiseLedger ledger;

    @Autowired
    org.clientela.platform.UserDirectory users;

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String... params) {
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private String page(String... params) throws Exception {
        return mvc.perform(with(get("/service/cases").with(VIEWER).header("Accept-Language", "es"), params))
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

    private byte[] export(String language, String... params) throws Exception {
        return mvc.perform(
                        with(get("/service/cases/export.csv").with(VIEWER).header("Accept-Language", language), params))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static List<String[]> lines(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return Arrays.stream(text.split("\r\n"))
                .map(line -> line.split(",", -1))
                .toList();
    }

    @Test
    void exportsEveryCaseOfTheFilteredSortedListOverAllItsPagesInItsOrder() throws Exception {
        ServiceFixtures fixtures = new ServiceFixtures(mvc);
        long customer = fixtures.customer("Exportar casos");
        long other = fixtures.customer("Otro cliente");
        for (int i = 0; i < 27; i++) {
            fixtures.complaint(customer);
        }
        fixtures.complaint(other);
        String[] params = {"customerId", "" + customer, "type", "COMPLAINT", "sort", "reference", "dir", "desc"};

        String first = page(params);
        List<String> shown = new ArrayList<>(references(first));
        String[] second = Arrays.copyOf(params, params.length + 2);
        second[params.length] = "page";
        second[params.length + 1] = "1";
        shown.addAll(references(page(second)));
        assertThat(shown).hasSize(27).doesNotHaveDuplicates();

        List<String[]> lines = lines(export("es", params));
        assertThat(lines.get(0)).startsWith("Caso", "Abierto", "Cliente", "Tipo", "Motivo", "Asunto");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l[0]).toList())
                .isEqualTo(shown);
        assertThat(lines.get(1)[3]).isEqualTo("Queja");
        assertThat(lines.get(1)[2]).startsWith("Exportar casos");

        // The list's link to its export carries the list's filters and sort.
        assertThat(first)
                .contains("id=\"export-csv\" href=\"/service/cases/export.csv?type=COMPLAINT&amp;customerId=" + customer
                        + "&amp;sort=reference&amp;dir=desc\"");

        // The column names follow the person's language.
        assertThat(lines(export("en", params)).get(0)).startsWith("Case", "Opened", "Customer", "Type", "Reason");
    }

    @Test
    void exportsEveryPromiseOfTheListOverAllItsPagesInItsOrder() throws Exception {
        ServiceFixtures fixtures = new ServiceFixtures(mvc);
        String owner = "exp-" + fixtures.marker;
        users.ensure(owner, "Expo", org.clientela.platform.Role.SERVICE);
        users.ensure("sara", "Sara", org.clientela.platform.Role.SERVICE);
        long caseId = fixtures.complaint(fixtures.customer("Promesas exportadas"));
        long customerId = cases.get(caseId).getCustomerId();
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < 27; i++) {
            ledger.make(
                    caseId,
                    customerId,
                    PromiseKind.CALL_BACK,
                    now.plus(java.time.Duration.ofHours(10 + i)),
                    "promesa-" + i + "-" + fixtures.marker,
                    owner);
        }
        ledger.make(
                caseId,
                customerId,
                PromiseKind.UPDATE,
                now.plus(java.time.Duration.ofDays(3)),
                "de otra persona",
                "sara");
        String[] params = {"owner", owner, "sort", "due", "dir", "desc"};
        Pattern description = Pattern.compile("<td>(promesa-\\d+-[^<]+)</td>");
        List<String> shown = new ArrayList<>();
        String first = null;
        for (String pageNumber : List.of("0", "1")) {
            String html = mvc.perform(with(
                            get("/service/promises")
                                    .with(VIEWER)
                                    .header("Accept-Language", "es")
                                    .param("page", pageNumber),
                            params))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            first = first == null ? html : first;
            var m = description.matcher(html);
            while (m.find()) {
                shown.add(m.group(1));
            }
        }
        assertThat(shown).hasSize(27).doesNotHaveDuplicates().first().isEqualTo("promesa-26-" + fixtures.marker);

        byte[] csv = mvc.perform(
                        with(get("/service/promises/export.csv").with(VIEWER).header("Accept-Language", "es"), params))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String[]> lines = lines(csv);
        assertThat(lines.get(0)).startsWith("Vence", "Qué se prometió", "Cliente", "Quién lo prometió", "Detalle");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l[4]).toList())
                .isEqualTo(shown);
        assertThat(lines.get(1)[3]).isEqualTo(owner);

        assertThat(first)
                .contains("id=\"export-csv\" href=\"/service/promises/export.csv?status=PENDING&amp;days=90&amp;owner="
                        + owner + "&amp;sort=due&amp;dir=desc\"");
        mvc.perform(get("/service/promises/export.csv").with(user("nadie").roles("NOBODY")))
                .andExpect(status().isForbidden());
    }

    @Test
    void whoCannotSeeTheListCannotExportIt() throws Exception {
        mvc.perform(get("/service/cases/export.csv").with(user("nadie").roles("NOBODY")))
                .andExpect(status().isForbidden());
    }
}
