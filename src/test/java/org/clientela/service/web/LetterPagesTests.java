package org.clientela.service.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.Letters;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The letters pages: lists, the editor from a template, the live checker fragment, roles, the PDF. */
@ApplicationTest
class LetterPagesTests {

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
    final RequestPostProcessor asColleague = user("c" + marker).roles("MANAGER");
    final RequestPostProcessor asViewer = user("v" + marker).roles("VIEWER");

    long caseOfNewCustomer() {
        long customerId = customers().personWithAddress("Lucía Báez " + marker, "Calle Real 5", "Santa Cruz", "38001");
        return cases.open(customerId, "Lámpara rota").caseId();
    }

    Letter letterByAuthor(String subject) {
        return letters.draft(
                caseOfNewCustomer(),
                LetterKind.THANKS,
                "es",
                subject,
                "Hola, Lucía:\nGracias por su pedido. Tiene un vale de 10 €.\nUse el código HOLA10.",
                author);
    }

    @Test
    void aNewLetterStartsFromTheTemplateFilledFromTheCaseWithTheCheckerBesideIt() throws Exception {
        long caseId = caseOfNewCustomer();
        mvc.perform(get("/service/cases/" + caseId + "/letters/new")
                        .param("template", "APOLOGY_WITH_REMEDY")
                        .param("language", "es")
                        .with(asAuthor)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Le pedimos disculpas: Lámpara rota"),
                                containsString("Estimado/a Lucía Báez " + marker + ":"),
                                containsString("hx-trigger=\"keyup changed delay:400ms\""),
                                containsString("data-step=\"READER_FOCUS\" data-passed=\"true\""),
                                containsString("data-step=\"REVIEWED\" data-passed=\"false\""),
                                // the page is in the reader's language, the advice in the letter's
                                containsString("Letter checker"),
                                containsString("Necesita la aprobación de un compañero"))));
    }

    @Test
    void savingADraftRedirectsToItsEditorAndBlankFieldsAreMarked() throws Exception {
        long caseId = caseOfNewCustomer();
        mvc.perform(post("/service/cases/" + caseId + "/letters")
                        .with(asAuthor)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("language", "es")
                        .param("template", "THANKS")
                        .param("subject", " ")
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("is-invalid"),
                                containsString("Escribe el asunto de la carta."),
                                containsString("Escribe el texto de la carta."))));

        mvc.perform(post("/service/cases/" + caseId + "/letters")
                        .with(asAuthor)
                        .with(csrf())
                        .param("language", "es")
                        .param("template", "THANKS")
                        .param("subject", "Gracias " + marker)
                        .param("text", "Gracias por su pedido."))
                .andExpect(redirectedUrlPattern("/service/letters/*"))
                .andExpect(flash().attribute("flash", "service.letters.flash.drafted"));

        mvc.perform(get("/service/letters").param("view", "MY_DRAFTS").with(asAuthor))
                .andExpect(content().string(containsString("Gracias " + marker)));
        mvc.perform(get("/service/letters").with(asColleague))
                .andExpect(content().string(containsString("Gracias " + marker)));
        mvc.perform(get("/service/letters")
                        .param("view", "SENT")
                        .with(asColleague)
                        .header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("Gracias " + marker))));
    }

    @Test
    void onlySomeoneElseSeesTheApproveButtonAndTheServerRefusesTheAuthorToo() throws Exception {
        Letter letter = letterByAuthor("Aprobación " + marker);
        mvc.perform(get("/service/letters/" + letter.getId()).with(asAuthor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("id=\"approve-letter\"")),
                                containsString("id=\"approve-not-yours\""))));
        mvc.perform(get("/service/letters/" + letter.getId()).with(asColleague))
                .andExpect(content().string(containsString("id=\"approve-letter\"")));
        mvc.perform(get("/service/letters/" + letter.getId()).with(asViewer))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("id=\"approve-letter\"")),
                                not(containsString("id=\"save-letter\"")))));

        mvc.perform(post("/service/letters/" + letter.getId() + "/approve")
                        .with(asAuthor)
                        .with(csrf())
                        .header("Accept-Language", "es"))
                .andExpect(redirectedUrl("/service/letters/" + letter.getId()))
                .andExpect(flash().attribute("letterError", containsString("No puedes aprobar tu propia carta")));
        mvc.perform(post("/service/letters/" + letter.getId() + "/approve")
                        .with(asViewer)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/service/letters/" + letter.getId() + "/send")
                        .with(asAuthor)
                        .with(csrf())
                        .header("Accept-Language", "es"))
                .andExpect(flash().attribute("letterError", containsString("tiene que aprobar la carta")));

        mvc.perform(post("/service/letters/" + letter.getId() + "/approve")
                        .with(asColleague)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "service.letters.flash.approved"));
        assertThat(letters.find(letter.getId()).getApprovedBy()).isEqualTo("c" + marker);
    }

    @Test
    void theCheckerFragmentAnswersAsYouType() throws Exception {
        mvc.perform(post("/service/letters/check")
                        .with(asViewer)
                        .with(csrf())
                        .param("language", "en")
                        .param("text", "Please be advised that we have received your letter."))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-step=\"CONVERSATIONAL\" data-passed=\"false\""),
                                containsString("«please be advised»"),
                                not(containsString("<nav")))));
    }

    @Test
    void printsTheLetterAsAPdfWithLetterheadDateAndSubject() throws Exception {
        Letter letter = letterByAuthor("Gracias por su compra " + marker);
        byte[] pdf = mvc.perform(
                        get("/service/letters/" + letter.getId() + ".pdf").with(asViewer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains(
                            "Gracias por su compra " + marker,
                            "Clientela",
                            "Lucía Báez " + marker,
                            "Calle Real 5",
                            "38001 Santa Cruz",
                            "Use el código HOLA10.");
            assertThat(text).containsPattern("\\d{1,2} de \\p{L}+ de \\d{4}");
        }
        mvc.perform(get("/service/letters/999999999.pdf").with(asViewer)).andExpect(status().isNotFound());
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
