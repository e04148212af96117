package org.clientela.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.Letters;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The letters list sorts by its columns from the header (both ways, kept in the URL with the view
 * on every link and page) and exports exactly the rows it lists, every page in the list's order.
 */
@ApplicationTest
class LetterListPagesTests {

    private static final Pattern ROW = Pattern.compile("data-href=\"/service/letters/(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCases cases;

    @Autowired
    ApplicationContext context;

    @Autowired
    Letters letters;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final String author = "a" + marker;
    final RequestPostProcessor asAuthor = user(author).roles("SERVICE");
    final String colleague = "c" + marker;
    long caseId;

    @BeforeEach
    void aCase() {
        long customerId = customers().personWithAddress("Marta Gil " + marker, "Calle Mayor 1", "Madrid", "28001");
        caseId = cases.open(customerId, "Pedido tarde").caseId();
    }

    Letter draft(String subject) {
        return letters.draft(
                caseId, LetterKind.THANKS, "es", subject, "Hola, Marta:\nGracias por su pedido.\nUn saludo.", author);
    }

    List<Long> rowsOf(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    String page(String sort, String dir, int page) throws Exception {
        return mvc.perform(get("/service/letters")
                        .param("view", "MY_DRAFTS")
                        .param("sort", sort)
                        .param("dir", dir)
                        .param("page", String.valueOf(page))
                        .with(asAuthor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void sortsByStatusAndByDateBothWaysFromTheHeaders() throws Exception {
        Letter first = draft("Primera " + marker);
        Letter approved = draft("Aprobada " + marker);
        Letter third = draft("Tercera " + marker);
        letters.approve(approved.getId(), colleague);

        assertThat(rowsOf(page("status", "asc", 0))).containsExactly(approved.getId(), first.getId(), third.getId());
        assertThat(rowsOf(page("status", "desc", 0))).containsExactly(third.getId(), first.getId(), approved.getId());

        List<Long> oldest = rowsOf(page("updated", "asc", 0));
        List<Long> newest = rowsOf(page("updated", "desc", 0));
        assertThat(oldest)
                .containsExactlyInAnyOrder(first.getId(), approved.getId(), third.getId())
                .startsWith(first.getId());
        List<Long> reversed = new ArrayList<>(oldest);
        java.util.Collections.reverse(reversed);
        assertThat(newest).containsExactlyElementsOf(reversed);
        // without a sort: newest change first, as before
        assertThat(rowsOf(mvc.perform(get("/service/letters")
                                .param("view", "MY_DRAFTS")
                                .with(asAuthor))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(newest);

        mvc.perform(get("/service/letters")
                        .param("view", "MY_DRAFTS")
                        .param("sort", "status")
                        .param("dir", "asc")
                        .with(asAuthor))
                .andExpect(content()
                        .string(allOf(
                                containsString("aria-sort=\"ascending\""),
                                // a second click turns the column around, the view stays
                                containsString("href=\"/service/letters?view=MY_DRAFTS&amp;sort=status&amp;dir=desc\""),
                                containsString("href=\"/service/letters?view=MY_DRAFTS&amp;sort=updated&amp;dir=asc\""),
                                containsString("href=\"/service/letters?view=SENT&amp;sort=status&amp;dir=asc\""),
                                containsString("id=\"letter-export\" href=\"/service/letters/export.csv"
                                        + "?view=MY_DRAFTS&amp;sort=status&amp;dir=asc\""))));
    }

    @Test
    void pagesKeepTheSortAndTheExportHoldsExactlyTheListedRowsOfEveryPage() throws Exception {
        List<Long> drafted = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            drafted.add(draft("Carta " + i + " " + marker).getId());
        }
        letters.approve(drafted.get(5), colleague);

        String first = page("status", "desc", 0);
        assertThat(first).contains("href=\"/service/letters?view=MY_DRAFTS&amp;sort=status&amp;dir=desc&amp;page=1\"");
        String second = page("status", "desc", 1);
        assertThat(second).contains("href=\"/service/letters?view=MY_DRAFTS&amp;sort=status&amp;dir=desc\"");
        List<Long> listed = new ArrayList<>(rowsOf(first));
        listed.addAll(rowsOf(second));
        assertThat(listed)
                .hasSize(27)
                .containsExactlyInAnyOrderElementsOf(drafted)
                .endsWith(drafted.get(5));

        byte[] csv = mvc.perform(get("/service/letters/export.csv")
                        .param("view", "MY_DRAFTS")
                        .param("sort", "status")
                        .param("dir", "desc")
                        .with(asAuthor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("cartas.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = Arrays.asList(
                new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
        assertThat(lines.get(0)).startsWith("letter_id,case_id,customer_id,customer_name,subject");
        List<Long> exported = lines.subList(1, lines.size()).stream()
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                .toList();
        assertThat(exported).isEqualTo(listed);
        assertThat(lines.get(1)).contains("Marta Gil " + marker, "DRAFT", author);
    }

    @Test
    void everyRoleReadsTheListAndItsExportAndNobodyElse() throws Exception {
        for (String role : List.of("ADMIN", "MANAGER", "SALES", "SERVICE", "VIEWER")) {
            mvc.perform(get("/service/letters/export.csv")
                            .param("view", "SENT")
                            .with(user("r" + marker).roles(role)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/service/letters/export.csv")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/service/letters/export.csv").with(user("n" + marker).roles("NOBODY")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/service/letters").with(user("n" + marker).roles("NOBODY")))
                .andExpect(status().isForbidden());
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
