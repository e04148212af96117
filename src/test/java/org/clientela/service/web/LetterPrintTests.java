package org.clientela.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clientela.customers.CustomerFixtures;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterChannel;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.LetterStatus;
import org.clientela.service.internal.letters.Letters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Printing letters against the real database (H2 and PostgreSQL twins): a draft or an unsent
 * letter never prints clean, the first print of an approved letter sends it by post exactly once
 * (however many print at the same moment), later prints are copies, and a letter with a spot left
 * in brackets is refused with the spot and its line.
 */
abstract class LetterPrintTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final String PASSWORD = "a-long-enough-password";
    static final String MARKS = "BORRADOR|VISTA PREVIA|COPIA|DRAFT|PREVIEW|COPY";

    /** Ten long paragraphs: more than one A4 page. */
    static final String LONG_TEXT_ES = "Estimada Sra. Báez:\n\n"
            + ("Le escribo para contarle, con todo detalle, cómo "
                            + "vamos a resolver lo de su lámpara: la recogemos en su casa, la revisamos en el taller y se la devolvemos "
                            + "sin coste, con un vale de descuento para su próxima compra y entrega prioritaria. ")
                    .repeat(4)
                    .concat("\n\n")
                    .repeat(10)
            + "Llámeme al 922 123 456 y elija el día.\n\nUn saludo,\nAna";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCases cases;

    @Autowired
    ApplicationContext context;

    @Autowired
    Letters letters;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String author = "a" + marker;
    final String printer = "p" + marker;
    RequestPostProcessor asAuthor;
    RequestPostProcessor asPrinter;

    @BeforeEach
    void users() throws Exception {
        asAuthor = user(author, "Ana Autora " + marker, "SERVICE");
        asPrinter = user(printer, "Pedro Imprenta " + marker, "SERVICE");
    }

    RequestPostProcessor user(String name, String displayName, String role) throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD, displayName, role)))
                .andExpect(status().isCreated());
        return httpBasic(name, PASSWORD);
    }

    static RequestPostProcessor signedIn(String name) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(name)
                .roles("SERVICE");
    }

    long caseOfNewCustomer() {
        long customerId = customers().personWithAddress("Lucía Báez " + marker, "Calle Real 5", "Santa Cruz", "38001");
        return cases.open(customerId, "Lámpara rota").caseId();
    }

    Letter draft(String language, String text) {
        return letters.draft(
                caseOfNewCustomer(), LetterKind.APOLOGY_WITH_REMEDY, language, "Su lámpara " + marker, text, author);
    }

    Letter approved(String text) {
        Letter letter = draft("es", text);
        letters.approve(letter.getId(), "admin");
        return letter;
    }

    /** The text of every page of a PDF file, page by page. */
    static List<String> pages(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        List<String> pages = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
            }
        }
        return pages;
    }

    byte[] pdf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    long audited(long letter, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'letter' AND entity_id = :id"
                        + " AND action = :action")
                .param("id", String.valueOf(letter))
                .param("action", action)
                .query(Long.class)
                .single();
    }

    @Test
    void aDraftPrintsMarkedBorradorOnEveryPageInItsLanguageAndStaysADraft() throws Exception {
        Letter spanish = draft("es", LONG_TEXT_ES);
        List<String> pages = pages(pdf(get("/service/letters/" + spanish.getId() + ".pdf")
                .with(signedIn(author))
                .header("Accept-Language", "en")));
        assertThat(pages)
                .hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("BORRADOR").doesNotContain("DRAFT", "COPIA"));
        assertThat(pages.get(0)).contains("Su lámpara " + marker, "Calle Real 5");

        Letter english = draft(
                "en",
                "Dear Ms Báez,\n\n"
                        + "We will collect your lamp and repair it for free. "
                                .repeat(30)
                                .concat("\n\n")
                                .repeat(8) + "Call me on 922 123 456.");
        List<String> englishPages =
                pages(pdf(post("/api/v1/letters/" + english.getId() + "/print").with(asPrinter)));
        assertThat(englishPages)
                .hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("DRAFT").doesNotContain("BORRADOR"));

        mvc.perform(post("/api/v1/letters/" + english.getId() + "/print").with(asPrinter))
                .andExpect(header().string("Clientela-Print", "DRAFT"));
        mvc.perform(post("/service/letters/" + spanish.getId() + "/print")
                        .with(signedIn(printer))
                        .with(csrf()))
                .andExpect(header().string("Clientela-Print", "DRAFT"));
        assertThat(letters.find(spanish.getId()).getStatus()).isEqualTo(LetterStatus.DRAFT);
        assertThat(letters.find(english.getId()).getStatus()).isEqualTo(LetterStatus.DRAFT);
    }

    @Test
    void printingAnApprovedLetterSendsItByPostOnceAndEveryLaterPrintIsACopy() throws Exception {
        Letter letter = approved(LONG_TEXT_ES);
        long id = letter.getId();

        // Looking at it changes nothing and is not clean either.
        assertThat(pages(pdf(get("/service/letters/" + id + ".pdf").with(signedIn(author)))))
                .allSatisfy(page -> assertThat(page).contains("VISTA PREVIA"));
        assertThat(letters.find(id).getStatus()).isEqualTo(LetterStatus.APPROVED);

        MvcResult first = mvc.perform(post("/api/v1/letters/" + id + "/print").with(asPrinter))
                .andExpect(status().isOk())
                .andExpect(header().string("Clientela-Print", "ORIGINAL"))
                .andReturn();
        List<String> original = pages(first.getResponse().getContentAsByteArray());
        assertThat(original).hasSizeGreaterThan(1).noneMatch(page -> page.matches("(?s).*(" + MARKS + ").*"));
        Letter sent = letters.find(id);
        assertThat(sent.getStatus()).isEqualTo(LetterStatus.SENT);
        assertThat(sent.getSentChannel()).isEqualTo(LetterChannel.POST);
        assertThat(sent.getSentBy()).isEqualTo(printer);
        assertThat(sent.getSentTo()).isEqualTo("Calle Real 5, 38001 Santa Cruz");
        mvc.perform(get("/api/v1/letters/" + id).with(asAuthor))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.sentChannel").value("POST"))
                .andExpect(jsonPath("$.sentBy").value(printer));

        // A second print, from the API or the page, is a copy on every page; so is looking at it.
        assertThat(pages(pdf(post("/api/v1/letters/" + id + "/print").with(asAuthor))))
                .hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("COPIA"));
        mvc.perform(post("/service/letters/" + id + "/print")
                        .with(signedIn(author))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Clientela-Print", "COPY"));
        assertThat(pages(pdf(get("/service/letters/" + id + ".pdf").with(signedIn(author)))))
                .allSatisfy(page -> assertThat(page).contains("COPIA"));
        assertThat(audited(id, "LETTER_SENT_BY_POST")).isEqualTo(1);
        assertThat(audited(id, "LETTER_COPY_PRINTED")).isEqualTo(2);
        // Sent letters cannot be sent again by e-mail.
        mvc.perform(post("/api/v1/letters/" + id + "/send").with(asAuthor))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ALREADY_SENT"));

        // The letter's page and its history say who sent it by post, by name, and when.
        mvc.perform(get("/service/letters/" + id).with(signedIn(author)).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Enviada por correo postal por Pedro Imprenta " + marker + " el "),
                                containsString("data-action=\"LETTER_SENT_BY_POST\""),
                                containsString("Copia impresa por Ana Autora " + marker),
                                containsString("id=\"print-copy\""),
                                not(containsString("id=\"print-letter\"")))));
        mvc.perform(get("/service/letters/" + id).with(signedIn(author)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Sent by post by Pedro Imprenta " + marker + " on ")));
    }

    @Test
    void simultaneousPrintsOfOneApprovedLetterMakeOneOriginalAndTheRestCopies() throws Exception {
        long id = approved("Estimada Sra. Báez:\nLe escribo para decirle que le devolvemos el importe.\n"
                        + "Llámeme al 922 123 456.")
                .getId();

        // Half the printers press the page's button, half call the API; all start at the same moment.
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<MockHttpServletResponse> results = new ArrayList<>();
        try {
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                MockHttpServletRequestBuilder request = i % 2 == 0
                        ? post("/api/v1/letters/" + id + "/print").with(asPrinter)
                        : post("/service/letters/" + id + "/print")
                                .with(signedIn(author))
                                .with(csrf());
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request).andReturn().getResponse();
                }));
            }
            for (Future<MockHttpServletResponse> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(results).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(200));
        assertThat(results)
                .extracting(r -> r.getHeader("Clientela-Print"))
                .containsOnly("ORIGINAL", "COPY")
                .filteredOn("ORIGINAL"::equals)
                .hasSize(1);
        for (MockHttpServletResponse r : results) {
            List<String> pages = pages(r.getContentAsByteArray());
            if ("COPY".equals(r.getHeader("Clientela-Print"))) {
                assertThat(pages).allSatisfy(page -> assertThat(page).contains("COPIA"));
            } else {
                assertThat(pages).noneMatch(page -> page.matches("(?s).*(" + MARKS + ").*"));
            }
        }
        assertThat(audited(id, "LETTER_SENT_BY_POST")).isEqualTo(1);
        assertThat(audited(id, "LETTER_COPY_PRINTED")).isEqualTo(racers - 1);
        assertThat(letters.find(id).getStatus()).isEqualTo(LetterStatus.SENT);
    }

    @Test
    void aLetterWithASpotLeftInBracketsCannotBeApprovedAndTheMessageSaysWhichAndWhere() throws Exception {
        Letter letter = draft(
                "es",
                "Estimada Sra. Báez:\n\nLe escribo para devolverle [importe].\n"
                        + "Llámeme al [teléfono] cuando quiera.");
        long id = letter.getId();

        mvc.perform(post("/api/v1/letters/" + id + "/approve").with(asPrinter).header("Accept-Language", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(allOf(
                                containsString("«[importe]»"),
                                containsString("línea 3"),
                                containsString("otro hueco más"))));
        mvc.perform(post("/api/v1/letters/" + id + "/approve").with(asPrinter).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(allOf(
                                containsString("“[importe]”"),
                                containsString("line 3"),
                                containsString("one more spot"))));
        assertThat(letters.find(id).getStatus()).isEqualTo(LetterStatus.DRAFT);
        assertThat(audited(id, "LETTER_APPROVED")).isZero();

        // On the page the colleague who tries gets the message next to the text.
        MvcResult refused = mvc.perform(post("/service/letters/" + id + "/approve")
                        .with(signedIn(printer))
                        .with(csrf())
                        .header("Accept-Language", "es"))
                .andExpect(redirectedUrl("/service/letters/" + id))
                .andReturn();
        // The flash goes through the shared session store: follow the redirect with its cookie.
        jakarta.servlet.http.Cookie session = refused.getResponse().getCookies().length == 0
                ? null
                : refused.getResponse().getCookies()[0];
        assertThat(session).isNotNull();
        mvc.perform(get("/service/letters/" + id)
                        .with(signedIn(printer))
                        .header("Accept-Language", "es")
                        .cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("is-invalid"),
                                containsString(
                                        "<div class=\"invalid-feedback\">El texto aún tiene «[importe]» en la línea 3"),
                                containsString("data-step=\"FILLED_IN\" data-passed=\"false\""))));
        assertThat(letters.find(id).getStatus()).isEqualTo(LetterStatus.DRAFT);
    }

    @Test
    void anApprovedLetterThatStillHoldsASpotIsNeitherSentNorPrintedAsTheOriginal() throws Exception {
        // Approved before the checker knew about spots: written into the table behind its back.
        long id = approved("Estimada Sra. Báez:\nLe escribo para devolverle el importe.\nLlámeme.")
                .getId();
        jdbc.sql("UPDATE service_letter SET subject = 'Su vale [código]', body = 'Use el código [código] antes del"
                        + " [fecha].' WHERE id = :id")
                .param("id", id)
                .update();

        mvc.perform(post("/api/v1/letters/" + id + "/send").with(asPrinter).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("subject", "text")))
                .andExpect(jsonPath("$.errors[1].message")
                        .value(allOf(containsString("“[código]” on line 1"), containsString("and one more spot"))));
        mvc.perform(post("/api/v1/letters/" + id + "/print").with(asPrinter))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        MvcResult page = mvc.perform(post("/service/letters/" + id + "/print")
                        .with(signedIn(printer))
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/service/letters/" + id))
                .andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) page.getFlashMap().get("fieldErrors");
        assertThat(errors).containsKeys("subject", "text");
        assertThat(letters.find(id).getStatus()).isEqualTo(LetterStatus.APPROVED);
        assertThat(audited(id, "LETTER_SENT_BY_POST")).isZero();
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
