package org.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Prospect lists in and out through the API, on H2 and PostgreSQL: a good file lands with its
 * keys, size bands, contacts and search terms; a file with bad rows writes nothing and names every
 * line and column; the same file twice changes nothing; a row that is already a customer is
 * imported with a warning; and an export imports back as the same prospects.
 */
abstract class ProspectImportApiTests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor ANA = user("ana").roles("SALES");
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String HEADER =
            "external_id,name,sector,employees,phone,email,tax_id,campaign,contact_name,contact_title,owner,web,city\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDirectory users;

    final String marker = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String campaign;

    @BeforeEach
    void campaignAndSellers() throws Exception {
        users.ensure("ana", "Ana", Role.SALES);
        users.ensure("bea", "Bea", Role.SALES);
        users.ensure("marta", "Marta", Role.MANAGER);
        campaign = "Feria " + marker;
        mvc.perform(post("/api/v1/campaigns")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s","strategy":"TOP_DOWN","startsOn":"2026-01-01"}""".formatted(campaign)))
                .andExpect(status().isCreated());
    }

    static String nif() {
        int digits = 10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999);
        return digits + "" + NIF_LETTERS.charAt(digits % 23);
    }

    static String phone() {
        return "9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    String goodFile() {
        return HEADER
                + "%1$s-1,Talleres Norte %1$s,C,30,%2$s,norte@%1$s.example,%3$s,%4$s,Luis Pérez,Gerente,ana,norte.example,Bilbao\n"
                        .formatted(marker, phone(), nif(), campaign)
                + "%1$s-2,Hotel Sur %1$s,Hostelería,300,,sur@%1$s.example,,,,,bea,,Cádiz\n".formatted(marker)
                + "%1$s-3,\"=Fórmula, S.L. %1$s\",,,,,,,,,,,\n".formatted(marker);
    }

    ResultActions upload(RequestPostProcessor who, String csv) throws Exception {
        return mvc.perform(post("/api/v1/imports/prospects")
                .with(who)
                .header("Accept-Language", "es")
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    long imported() {
        return jdbc.sql("SELECT COUNT(*) FROM sales_prospect WHERE external_id LIKE :m")
                .param("m", marker + "-%")
                .query(Long.class)
                .single();
    }

    @Test
    void aGoodFileLandsWithItsKeysSizeBandsContactsAndSearchTerms() throws Exception {
        upload(MANAGER, goodFile())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(0));
        Map<String, Object> north =
                jdbc.sql("""
                SELECT p.sector_code, p.size_band_code, p.owner_username, p.source, p.email_key, p.tax_id_key,
                       p.phone_digits, p.sort_name, c.name AS campaign_name
                  FROM sales_prospect p JOIN sales_campaign c ON c.id = p.campaign_id WHERE p.external_id = :id""").param("id", marker + "-1").query().singleRow();
        assertThat(List.of(
                        north.get("sector_code"),
                        north.get("size_band_code"),
                        north.get("owner_username"),
                        north.get("source"),
                        north.get("email_key"),
                        north.get("campaign_name")))
                .containsExactly("C", "SMALL", "ana", "LIST", "norte@" + marker + ".example", campaign);
        assertThat((String) north.get("sort_name")).isEqualTo("talleres norte " + marker);
        assertThat(jdbc.sql("""
                        SELECT p.sector_code FROM sales_prospect p WHERE p.external_id = :id""").param("id", marker + "-2").query(String.class).single())
                .as("a sector named instead of coded")
                .isEqualTo("I");
        assertThat(jdbc.sql("""
                        SELECT c.name || '/' || c.job_title FROM sales_prospect_contact c
                          JOIN sales_prospect p ON p.id = c.prospect_id WHERE p.external_id = :id""").param("id", marker + "-1").query(String.class).list())
                .containsExactly("Luis Pérez/Gerente");
        assertThat(jdbc.sql("SELECT owner_username FROM sales_prospect WHERE external_id = :id")
                        .param("id", marker + "-3")
                        .query(String.class)
                        .single())
                .as("no owner in the file: the person who imports")
                .isEqualTo("marta");
        mvc.perform(get("/api/v1/prospects").param("q", "norte " + marker).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("Talleres Norte " + marker));
    }

    @Test
    void aFileWithBadRowsWritesNothingAndNamesEveryLineAndColumn() throws Exception {
        String csv = HEADER
                + "%1$s-1,Bien %1$s,C,5,,,,,,,,,\n".formatted(marker)
                + "%1$s-2,Mal NIF %1$s,C,5,,,B12345670,,,,,,\n".formatted(marker)
                + "%1$s-3,Sector %1$s,ZZ,-4,,correo-sin-arroba,,Campaña que no existe %1$s,,,nadie%1$s,,\n"
                        .formatted(marker)
                + "%1$s-1,Repetido %1$s,,,,,,,,,,,\n".formatted(marker)
                + "%1$s-5,Control\u0007 %1$s,,,,,,,,,,,%2$s\n".formatted(marker, "x".repeat(101));
        upload(MANAGER, csv)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'tax_id')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'sector')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'employees')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'email')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'campaign')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'owner')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'external_id')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.column == 'name')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.column == 'city')]")
                        .exists())
                .andExpect(jsonPath("$.errors", hasSize(9)))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(imported()).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingAndAChangedRowIsUpdatedInPlace() throws Exception {
        String file = goodFile();
        upload(MANAGER, file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
        List<Long> versions = versions();
        upload(MANAGER, file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(versions()).isEqualTo(versions);
        String changed = file.replace("Hotel Sur " + marker + ",Hostelería,300", "Hotel Sur " + marker + ",I,40");
        upload(MANAGER, changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(imported()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT size_band_code FROM sales_prospect WHERE external_id = :id")
                        .param("id", marker + "-2")
                        .query(String.class)
                        .single())
                .isEqualTo("SMALL");
    }

    private List<Long> versions() {
        return jdbc.sql("SELECT version FROM sales_prospect WHERE external_id LIKE :m ORDER BY external_id")
                .param("m", marker + "-%")
                .query(Long.class)
                .list();
    }

    @Test
    void aRowThatIsAlreadyACustomerIsImportedWithAWarning() throws Exception {
        String phone = phone();
        new CustomerFixtures(context).personWithPhone("Ferretería Teide " + marker, "+34 " + phone);
        String csv = HEADER
                + "%1$s-1,Teide %1$s,,,%2$s,,,,,,,,\n"
                        .formatted(marker, phone.substring(0, 3) + " " + phone.substring(3))
                + "%1$s-2,Otra %1$s,,,,otra@%1$s.example,,,,,,,\n".formatted(marker)
                + "%1$s-3,Otra bis %1$s,,,,OTRA@%1$s.example,,,,,,,\n".formatted(marker);
        upload(MANAGER, csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.duplicates").value(2))
                .andExpect(jsonPath("$.warnings[0].line").value(2))
                .andExpect(jsonPath("$.warnings[0].duplicateOf.type").value("CUSTOMER"))
                .andExpect(jsonPath("$.warnings[0].duplicateOf.name").value("Ferretería Teide " + marker))
                .andExpect(jsonPath("$.warnings[1].line").value(4))
                .andExpect(jsonPath("$.warnings[1].externalId").value(marker + "-3"))
                .andExpect(jsonPath("$.warnings[1].duplicateOf.type").value("PROSPECT"))
                .andExpect(jsonPath("$.warnings[1].duplicateOf.name").value("Otra " + marker));
        upload(MANAGER, csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.duplicates").value(2));
    }

    @Test
    void anExportImportsBackAsTheSameProspects() throws Exception {
        upload(MANAGER, goodFile()).andExpect(status().isOk());
        List<Map<String, Object>> before = rows();
        String exported = mvc.perform(
                        get("/sales/prospects/export.csv").param("q", marker).with(MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported.lines().skip(1)).hasSize(3);
        assertThat(exported).contains("\"'=Fórmula, S.L. " + marker + "\"");
        String anasOwn = mvc.perform(
                        get("/sales/prospects/export.csv").param("q", marker).with(ANA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(anasOwn.lines().skip(1)).singleElement().asString().startsWith(marker + "-1,");
        jdbc.sql("DELETE FROM sales_prospect WHERE external_id = :id")
                .param("id", marker + "-2")
                .update();
        upload(MANAGER, exported)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(rows()).isEqualTo(before);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("""
                SELECT p.external_id, p.name, p.sector_code, p.employees, p.size_band_code, p.phone, p.email, p.tax_id,
                       p.campaign_id, p.owner_username, p.web, p.city, c.name AS contact, c.job_title
                  FROM sales_prospect p LEFT JOIN sales_prospect_contact c ON c.prospect_id = p.id
                 WHERE p.external_id LIKE :m ORDER BY p.external_id""").param("m", marker + "-%").query().listOfRows();
    }

    @Test
    void sellersDoNotImportLists() throws Exception {
        upload(ANA, goodFile()).andExpect(status().isForbidden());
        assertThat(imported()).isZero();
    }
}
