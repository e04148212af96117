package org.clientela.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The calculator page explains the first check vector in a budget holder's words, tells a bad
 * amount next to its field, keeps a case on a seller's prospect, and prints it on one page in the
 * reader's language with the figures in that language's formats.
 */
@ApplicationTest
class BusinessCasePagesTests {

    static final RequestPostProcessor ANA = user("ana").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    static MockHttpServletRequestBuilder vector(String language) {
        return post("/sales/business-cases/new")
                .with(ANA)
                .with(csrf())
                .header("Accept-Language", language)
                .param("investment", "10000")
                .param("flows[0]", "3000")
                .param("flows[1]", "4000")
                .param("flows[2]", "5000")
                .param("flows[3]", "2000")
                .param("flows[4]", "")
                .param("periodsPerYear", "1")
                .param("rate", "10");
    }

    @Test
    void theResultsAreSaidInABudgetHoldersWords() throws Exception {
        assertThat(text(vector("es").param("action", "calculate")))
                .contains("Recuperas la inversión en 2 años y 7 meses")
                .contains("Rentabilidad anual equivalente (TIR): 15,3 %")
                .contains("Por cada 1,00 € invertido vuelven 1,40 €")
                .contains("1.155,66 € más de lo que cuesta");
        assertThat(text(vector("en").param("action", "calculate")))
                .contains("You get the investment back in 2 years and 7 months")
                .contains("For every €1.00 invested, €1.40 comes back");
    }

    @Test
    void htmxGetsTheResultsAlone() throws Exception {
        assertThat(text(post("/sales/business-cases/calculate")
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("investment", "1000")
                        .param("flows[0]", "300")
                        .param("flows[1]", "400")
                        .param("flows[2]", "500")
                        .param("rate", "10")))
                .contains("21,04 € menos de lo que cuesta")
                .doesNotContain("<html");
    }

    @Test
    void aBadAmountIsToldNextToItsField() throws Exception {
        assertThat(text(vector("es")
                        .param("flows[1]", "mucho")
                        .param("rate", "-100")
                        .param("action", "calculate")))
                .contains("Escribe un importe")
                .contains("Escribe un tipo anual mayor que −100 %")
                .doesNotContain("Recuperas la inversión");
    }

    /** The page as read: the no-break spaces of numbers in Spanish and French formats as spaces. */
    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
    }

    @Test
    void aCaseKeptOnAProspectIsShownAndPrintedInTheReadersLanguage() throws Exception {
        long prospect = prospect("ana");
        mvc.perform(get("/sales/business-cases/new")
                        .param("prospectId", "" + prospect)
                        .with(ANA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Talleres Nivaria " + marker)));
        String location = mvc.perform(vector("es")
                        .param("prospectId", "" + prospect)
                        .param("title", "Ahorro " + marker)
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/sales/business-cases/\\d+");
        assertThat(text(get(location).with(ANA).header("Accept-Language", "es")))
                .contains("Ahorro " + marker)
                .contains("Talleres Nivaria " + marker)
                .contains("Recuperas la inversión en 2 años y 7 meses");
        mvc.perform(get(location).with(user("bruno").roles("SALES"))).andExpect(status().isForbidden());

        String spanish = pdfText(location + ".pdf", "es");
        assertThat(spanish)
                .contains("Ahorro " + marker)
                .contains("Talleres Nivaria " + marker)
                .contains("1.155,66 €")
                .contains("15,3 %")
                .contains("2 años y 7 meses")
                .contains("3 años y 2 meses");
        String english = pdfText(location + ".pdf", "en");
        assertThat(english).contains("€1,155.66").contains("15.3%").contains("2 years and 7 months");
    }

    @Test
    void aViewerCalculatesButCannotSave() throws Exception {
        mvc.perform(get("/sales/business-cases/new").with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"save\""))));
        mvc.perform(get("/sales/business-cases/new").with(user("sara").roles("SERVICE")))
                .andExpect(status().isForbidden());
    }

    private String pdfText(String path, String language) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(ANA).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isOne();
            return new PdfTextExtractor(reader)
                    .getTextFromPage(1)
                    // Cells wrap their text, and the extractor reads a no-break space as two.
                    .replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    long prospect(String owner) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO sales_prospect (name, sort_name, source, owner_username, created_at, updated_at)
                        VALUES (:name, :sort, 'COLD', :owner, :now, :now)""")
                .param("name", "Talleres Nivaria " + marker)
                .param("sort", "talleres nivaria " + marker)
                .param("owner", owner)
                .param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }
}
