package org.clientela.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The targeting page on the whole application: the matrix read in both languages, a manager's cell
 * followed by the prospect page, errors next to their fields, a stale edit refused, the change log,
 * and a seller who reads but cannot change. Each test works in a sector of its own, so the seeded
 * matrix other tests rely on is left as it was.
 */
@ApplicationTest
class SalesTargetingPagesOnH2Tests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor SELLER = user("ana").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String sector = ("T" + UUID.randomUUID().toString().replace("-", ""))
            .substring(0, 12)
            .toUpperCase();

    @Test
    void theMatrixReadsInBothLanguagesWithTheFallbackExplained() throws Exception {
        mvc.perform(get("/sales/targeting").with(SELLER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"matrix-TOP_DOWN\""),
                                containsString("id=\"matrix-BOTTOM_UP\""),
                                containsString("la celda más concreta"),
                                containsString("Propietario o presidente"),
                                containsString("(heredada)"),
                                containsString("Cualquier sector"),
                                not(containsString("??")),
                                not(containsString("id=\"rule-form\"")),
                                not(containsString("id=\"sector-form\"")))));
        mvc.perform(get("/sales/targeting").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("the most specific cell"),
                                containsString("Owner or president"),
                                containsString("(inherited)"),
                                containsString("id=\"rule-form\""),
                                containsString("id=\"sector-form\""),
                                not(containsString("??")))));
    }

    @Test
    void aManagersCellIsWhatTheProspectPageSaysAndItsEditAndRemovalFollow() throws Exception {
        addSector();
        long prospect = prospect(5);
        assertThat(titleOn(prospect, "es")).contains("Propietario o presidente");

        mvc.perform(post("/sales/targeting/rules")
                        .with(MANAGER)
                        .with(csrf())
                        .param("strategy", "TOP_DOWN")
                        .param("sectorCode", sector)
                        .param("sizeBandCode", "*")
                        .param("titleEs", "Jefa de compras")
                        .param("titleEn", "Head of purchasing"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sales/targeting"));
        assertThat(titleOn(prospect, "es")).contains("Jefa de compras");
        assertThat(titleOn(prospect, "en")).contains("Head of purchasing");
        mvc.perform(get("/sales/targeting").with(MANAGER).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("data-cell=\"TOP_DOWN:" + sector + ":MICRO\"")));

        long rule = jdbc.sql("SELECT id FROM sales_targeting_rule WHERE sector_code = :s")
                .param("s", sector)
                .query(Long.class)
                .single();
        mvc.perform(post("/sales/targeting/rules")
                        .with(MANAGER)
                        .with(csrf())
                        .param("id", String.valueOf(rule))
                        .param("version", "0")
                        .param("strategy", "TOP_DOWN")
                        .param("sectorCode", sector)
                        .param("sizeBandCode", "*")
                        .param("titleEs", "Gerente")
                        .param("titleEn", "Manager"))
                .andExpect(status().is3xxRedirection());
        assertThat(titleOn(prospect, "es")).contains("Gerente");

        mvc.perform(post("/sales/targeting/rules")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("id", String.valueOf(rule))
                        .param("version", "0")
                        .param("strategy", "TOP_DOWN")
                        .param("sectorCode", sector)
                        .param("sizeBandCode", "*")
                        .param("titleEs", "Otra cosa")
                        .param("titleEn", "Something else"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alguien cambió esto mientras lo editabas")));
        assertThat(titleOn(prospect, "es")).contains("Gerente");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TARGETING_RULE_SAVED'"
                                + " AND entity_id = :id")
                        .param("id", String.valueOf(rule))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        mvc.perform(post("/sales/targeting/rules/{id}/remove", rule)
                        .with(MANAGER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(titleOn(prospect, "es")).contains("Propietario o presidente");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TARGETING_RULE_REMOVED'"
                                + " AND entity_id = :id")
                        .param("id", String.valueOf(rule))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void errorsAreToldNextToTheirFields() throws Exception {
        mvc.perform(post("/sales/targeting/rules")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("strategy", "TOP_DOWN")
                        .param("sectorCode", "NO-SUCH")
                        .param("sizeBandCode", "*")
                        .param("titleEs", " ")
                        .param("titleEn", "Owner"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"rule-titleEs\""),
                                containsString("Escribe este nombre."),
                                containsString("No hay ningún sector «NO-SUCH»."),
                                containsString("is-invalid"))));
        mvc.perform(post("/sales/targeting/bands/{code}", "MICRO")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("nameEs", "Micro")
                        .param("nameEn", "Micro")
                        .param("minEmployees", "0")
                        .param("maxEmployees", "20"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"band-form\""),
                                containsString("It overlaps &quot;Small (10–49)&quot;"))));
        mvc.perform(post("/sales/targeting/sectors")
                        .with(MANAGER)
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("code", "C")
                        .param("nameEs", "Otra")
                        .param("nameEn", "Other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ya hay un sector con el código «C».")));
        assertThat(jdbc.sql("SELECT max_employees FROM sales_size_band WHERE code = 'MICRO'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(9);
    }

    @Test
    void aSellerReadsTheMatrixButCannotChangeIt() throws Exception {
        mvc.perform(post("/sales/targeting/rules")
                        .with(SELLER)
                        .with(csrf())
                        .param("strategy", "TOP_DOWN")
                        .param("sectorCode", "*")
                        .param("sizeBandCode", "*")
                        .param("titleEs", "Cualquiera")
                        .param("titleEn", "Anyone"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sales/targeting/sectors")
                        .with(SELLER)
                        .with(csrf())
                        .param("code", sector)
                        .param("nameEs", "X")
                        .param("nameEn", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sales/targeting/bands/{code}", "MICRO")
                        .with(SELLER)
                        .with(csrf())
                        .param("nameEs", "Micro")
                        .param("nameEn", "Micro")
                        .param("minEmployees", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sales/targeting").with(user("sole").roles("SERVICE"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT title_es FROM sales_targeting_rule WHERE strategy = 'TOP_DOWN'"
                                + " AND sector_code = '*' AND size_band_code = '*'")
                        .query(String.class)
                        .single())
                .isEqualTo("Director financiero o controller");
    }

    @Test
    void theApiReadsTheMatrixAndAManagerReplacesItWholeOrNotAtAll() throws Exception {
        addSector();
        mvc.perform(get("/api/v1/sales/targeting").with(SELLER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[?(@.sectorCode == '*' && @.sizeBandCode == 'MICRO')].titleEs")
                        .value("Propietario o presidente"))
                .andExpect(jsonPath("$.sizeBands[0].code").value("MICRO"))
                .andExpect(
                        jsonPath("$.sectors[?(@.code == '" + sector + "')].own").value(true));
        String seeded =
                "{\"strategy\":\"TOP_DOWN\",\"sizeBandCode\":\"MICRO\",\"titleEs\":\"Propietario o presidente\","
                        + "\"titleEn\":\"Owner or president\"},"
                        + "{\"strategy\":\"TOP_DOWN\",\"sizeBandCode\":\"SMALL\",\"titleEs\":\"Propietario o presidente\","
                        + "\"titleEn\":\"Owner or president\"},"
                        + "{\"strategy\":\"TOP_DOWN\",\"sizeBandCode\":\"MEDIUM\",\"titleEs\":\"Director financiero o controller\","
                        + "\"titleEn\":\"CFO or controller\"},"
                        + "{\"strategy\":\"TOP_DOWN\",\"titleEs\":\"Director financiero o controller\","
                        + "\"titleEn\":\"CFO or controller\"},"
                        + "{\"strategy\":\"BOTTOM_UP\",\"titleEs\":\"Jefe de oficina o usuario\","
                        + "\"titleEn\":\"Office manager or user\"}";
        String own = "{\"strategy\":\"BOTTOM_UP\",\"sectorCode\":\"" + sector
                + "\",\"titleEs\":\"Encargado de tienda\",\"titleEn\":\"Shop manager\"}";

        long rulesBefore = jdbc.sql("SELECT COUNT(*) FROM sales_targeting_rule")
                .query(Long.class)
                .single();
        mvc.perform(put("/api/v1/sales/targeting")
                        .with(SELLER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\":[" + seeded + "]}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/sales/targeting")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"rules\":[" + seeded + "," + own.replace("Shop manager", "") + ","
                                + "{\"strategy\":\"TOP_DOWN\",\"sizeBandCode\":\"HUGE\",\"titleEs\":\"X\","
                                + "\"titleEn\":\"X\"}]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content()
                        .string(allOf(containsString("rules[5].titleEn"), containsString("rules[6].sizeBandCode"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_targeting_rule")
                        .query(Long.class)
                        .single())
                .as("a refused matrix writes nothing")
                .isEqualTo(rulesBefore);

        mvc.perform(put("/api/v1/sales/targeting")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\":[" + seeded + "," + own + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules.length()").value(6));
        long prospect = prospect(300);
        jdbc.sql("INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)"
                        + " VALUES (:name, 'BOTTOM_UP', 'ACTIVE', DATE '2025-01-01', CURRENT_TIMESTAMP)")
                .param("name", "Abajo " + sector)
                .update();
        jdbc.sql("UPDATE sales_prospect SET campaign_id = (SELECT id FROM sales_campaign WHERE name = :name)"
                        + " WHERE id = :id")
                .param("name", "Abajo " + sector)
                .param("id", prospect)
                .update();
        assertThat(titleOn(prospect, "en")).contains("Shop manager");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TARGETING_MATRIX_REPLACED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        jdbc.sql("DELETE FROM sales_targeting_rule WHERE sector_code = :s")
                .param("s", sector)
                .update();
    }

    private void addSector() throws Exception {
        mvc.perform(post("/sales/targeting/sectors")
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", sector.toLowerCase())
                        .param("nameEs", "Ferreterías " + sector)
                        .param("nameEn", "Hardware shops " + sector))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sales/targeting").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(content().string(containsString(sector + " · Hardware shops " + sector)));
    }

    private long prospect(int employees) throws Exception {
        String body = mvc.perform(post("/api/v1/prospects")
                        .with(SELLER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Objetivo " + sector + "\",\"sector\":\"" + sector + "\",\"employees\":"
                                + employees + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String titleOn(long prospect, String language) throws Exception {
        String page = mvc.perform(
                        get("/sales/prospects/{id}", prospect).with(SELLER).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int at = page.indexOf("id=\"title-to-approach\"");
        return page.substring(at, page.indexOf("</p>", at));
    }
}
