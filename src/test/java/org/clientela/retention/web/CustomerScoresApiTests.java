package org.clientela.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.retention.RetentionEraser;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bulk export of the radar's risk scores (H2 and PostgreSQL twins). The score table is filled
 * with SQL, as a radar run would leave it, with more customers than the export reads from its
 * cursor at a time and their risk ranks in another order than their ids.
 */
@EmptyBusiness
abstract class CustomerScoresApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    static final LocalDate AS_OF = LocalDate.parse("2026-11-30");
    static final long RUN = 77;
    /** More than two chunks of the cursor (1,000) and a prime, so that rank = i * 1009 mod N + 1 mixes the order. */
    static final int N = 2347;

    static final String URL = "/api/v1/retention/customer-scores";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    RetentionEraser eraser;

    /** Customer ids by risk rank (index 0 = rank 1), made once per database. */
    static long[] byRank;

    static String[] numberByRank;

    @BeforeEach
    synchronized void scoreTheBase() {
        boolean made = byRank != null
                && jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = :id")
                                .param("id", byRank[0])
                                .query(Long.class)
                                .single()
                        == 1;
        if (!made) {
            makeCustomers();
        }
        jdbc.sql("DELETE FROM retention_customer_score").update();
        List<Object[]> rows = new ArrayList<>();
        for (int r = 1; r <= N; r++) {
            boolean noModel = r % 10 == 3;
            rows.add(new Object[] {
                byRank[r - 1],
                RUN,
                AS_OF,
                r % 9 + 1,
                r % 400,
                riskOf(r),
                (long) r,
                new BigDecimal(r % 500 + ".25"),
                new BigDecimal((r % 500) / 2 + ".10"),
                noModel ? null : 1.0 - riskOf(r),
                noModel ? null : r % 7 / 4.0,
                noModel ? null : new BigDecimal(r % 300 + ".50"),
                signalsOf(r)
            });
        }
        template.batchUpdate("""
                INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                       risk_score, risk_rank, year_spend, money_at_risk, p_alive, expected_purchases, expected_value,
                       signals)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void makeCustomers() {
        String marker =
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        byRank = new long[N];
        numberByRank = new String[N];
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            int rank = (int) ((long) i * 1009 % N) + 1;
            // The customer most at risk has a number a spreadsheet would run as a formula, with a comma and quotes.
            String number = rank == 1 ? "=1+2,\"x\"" + marker : "S" + marker + "-" + i;
            numberByRank[rank - 1] = number;
            rows.add(new Object[] {number, "Scored " + i, "scored " + i, now, now});
        }
        template.batchUpdate("""
                INSERT INTO customer (customer_number, kind, name, sort_name, lifecycle_status, created_at, updated_at)
                VALUES (?, 'COMPANY', ?, ?, 'CUSTOMER', ?, ?)""", rows);
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT customer_number, id FROM customer").query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        for (int r = 0; r < N; r++) {
            byRank[r] = ids.get(numberByRank[r]);
        }
    }

    static double riskOf(int rank) {
        return 1.0 - rank / (N + 1.0);
    }

    static String signalsOf(int rank) {
        return rank % 5 == 0 ? "OVERDUE,AOV_DECLINE" : rank % 5 == 1 ? "LOW_ACTIVITY_PROBABILITY" : "";
    }

    MockHttpServletRequestBuilder scores() {
        return get(URL).header("Accept-Language", "es");
    }

    @Test
    void pagesTheCustomersByRiskRankWithTheRunTheyComeFrom() throws Exception {
        String body = mvc.perform(scores().param("size", "10").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.asOf").value(AS_OF.toString()))
                .andExpect(jsonPath("$.runId").value(RUN))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (int r = 1; r <= 10; r++) {
            String item = "$.items[" + (r - 1) + "].";
            assertThat(((Number) JsonPath.read(body, item + "riskRank")).longValue())
                    .isEqualTo(r);
            assertThat(((Number) JsonPath.read(body, item + "customerId")).longValue())
                    .isEqualTo(byRank[r - 1]);
            assertThat((String) JsonPath.read(body, item + "customerNumber")).isEqualTo(numberByRank[r - 1]);
        }
        Map<String, Object> fifth = JsonPath.read(body, "$.items[4]");
        assertThat(fifth)
                .containsOnlyKeys(
                        "customerId",
                        "customerNumber",
                        "purchases",
                        "daysSinceLast",
                        "pAlive",
                        "expectedPurchases",
                        "expectedValue",
                        "riskScore",
                        "riskRank",
                        "moneyAtRisk",
                        "signals");
        assertThat(((Number) fifth.get("purchases")).intValue()).isEqualTo(5 % 9 + 1);
        assertThat(((Number) fifth.get("daysSinceLast")).intValue()).isEqualTo(5);
        assertThat(((Number) fifth.get("riskScore")).doubleValue()).isEqualTo(riskOf(5));
        assertThat(((Number) fifth.get("pAlive")).doubleValue()).isEqualTo(1.0 - riskOf(5));
        assertThat(((Number) fifth.get("expectedPurchases")).doubleValue()).isEqualTo(5 % 7 / 4.0);
        assertThat(new BigDecimal(fifth.get("expectedValue").toString())).isEqualByComparingTo("5.50");
        assertThat(new BigDecimal(fifth.get("moneyAtRisk").toString())).isEqualByComparingTo("2.10");
        assertThat((List<String>) JsonPath.read(body, "$.items[4].signals")).containsExactly("OVERDUE", "AOV_DECLINE");
        assertThat((List<String>) JsonPath.read(body, "$.items[0].signals"))
                .containsExactly("LOW_ACTIVITY_PROBABILITY");
        assertThat((List<String>) JsonPath.read(body, "$.items[1].signals")).isEmpty();
        // Rank 3: a run without a model has no P(alive), expected purchases or value.
        mvc.perform(scores().param("size", "10").with(VIEWER))
                .andExpect(jsonPath("$.items[2].pAlive").value(nullValue()))
                .andExpect(jsonPath("$.items[2].expectedPurchases").value(nullValue()))
                .andExpect(jsonPath("$.items[2].expectedValue").value(nullValue()));
    }

    @Test
    void laterPagesContinueTheRankingAndTheLastOneSaysSo() throws Exception {
        String body = mvc.perform(
                        scores().param("page", "2").param("size", "1000").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.items", hasSize(N - 2000)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.items[0].riskRank")).longValue())
                .isEqualTo(2001);
        assertThat(((Number) JsonPath.read(body, "$.items[0].customerId")).longValue())
                .isEqualTo(byRank[2000]);
        assertThat(((Number) JsonPath.read(body, "$.items[" + (N - 2001) + "].riskRank")).longValue())
                .isEqualTo(N);
        mvc.perform(scores().with(ADMIN))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items", hasSize(100)))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(scores().param("page", "3").param("size", "1000").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void refusesPagesAndSizesOutsideTheirRangeNamingTheField() throws Exception {
        for (String size : new String[] {"0", "1001", "-5"}) {
            mvc.perform(scores().param("size", size).with(ADMIN))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("size"))
                    .andExpect(jsonPath("$.errors[0].message").value("El tamaño de página va de 1 a 1.000."));
        }
        mvc.perform(scores().param("page", "-1").with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(scores().param("size", "many").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(scores().param("asOf", "30/11/2026").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(scores().param("size", "1000").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1000)));
    }

    @Test
    void theStoredDayIsAnsweredAnyOtherDayAsksForARadarRunFirst() throws Exception {
        mvc.perform(scores().param("asOf", AS_OF.toString()).param("size", "1").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(AS_OF.toString()))
                .andExpect(jsonPath("$.items[0].customerId").value(byRank[0]));
        for (String accept : new String[] {"application/json", "text/csv"}) {
            mvc.perform(scores().param("asOf", "2026-10-01")
                            .header("Accept", accept)
                            .with(VIEWER))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("https://clientela.org/problems/risk-scores-of-another-day"))
                    .andExpect(jsonPath("$.asOf").value("2026-10-01"))
                    .andExpect(jsonPath("$.storedAsOf").value(AS_OF.toString()))
                    .andExpect(jsonPath("$.detail")
                            .value(
                                    "Las puntuaciones guardadas son del 2026-11-30, no del 2026-10-01. Ejecuta primero el "
                                            + "radar a fecha 2026-10-01 (POST /api/v1/retention/radar-runs con "
                                            + "{\"asOf\": \"2026-10-01\"}) y vuelve a pedirlas cuando termine."));
        }
        mvc.perform(get(URL).param("asOf", "2026-10-01")
                        .header("Accept-Language", "en")
                        .with(VIEWER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Run the radar as of 2026-10-01 first")));

        jdbc.sql("DELETE FROM retention_customer_score").update();
        for (String accept : new String[] {"application/json", "text/csv"}) {
            for (String asOf : new String[] {null, AS_OF.toString()}) {
                MockHttpServletRequestBuilder request =
                        scores().header("Accept", accept).with(VIEWER);
                if (asOf != null) {
                    request.param("asOf", asOf);
                }
                mvc.perform(request)
                        .andExpect(status().isConflict())
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                        .andExpect(jsonPath("$.type").value("https://clientela.org/problems/no-risk-scores"))
                        .andExpect(jsonPath("$.radarRuns").value("/api/v1/retention/radar-runs"))
                        .andExpect(jsonPath("$.detail", containsString("Ejecuta el radar primero")));
            }
        }
    }

    @Test
    void everySignedInRoleReadsTheScoresNobodyElse() throws Exception {
        for (String role : new String[] {"ADMIN", "MANAGER", "SALES", "SERVICE", "VIEWER"}) {
            mvc.perform(scores().param("size", "1").with(user("someone").roles(role)))
                    .andExpect(status().isOk());
            mvc.perform(scores().header("Accept", "text/csv")
                            .with(user("someone").roles(role)))
                    .andExpect(status().isOk());
        }
        mvc.perform(scores()).andExpect(status().isUnauthorized());
        mvc.perform(scores().header("Accept", "text/csv")).andExpect(status().isUnauthorized());
        mvc.perform(scores().with(user("nobody").roles("GUEST"))).andExpect(status().isForbidden());
        mvc.perform(scores().header("Accept", "text/csv").with(user("nobody").roles("GUEST")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWholeBaseAsCsvOneLinePerCustomerByRiskRank() throws Exception {
        // Both databases write so small a number in exponent notation (1e-05, 1.0E-5); a spreadsheet wants it whole.
        jdbc.sql("UPDATE retention_customer_score SET risk_score = 0.00001 WHERE risk_rank = :last")
                .param("last", N)
                .update();
        byte[] file = mvc.perform(scores().param("asOf", AS_OF.toString())
                        .header("Accept", "text/csv")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"riesgo-clientes-2026-11-30.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(N + 1);
        assertThat(lines[0])
                .isEqualTo("customerId,customerNumber,purchases,daysSinceLast,pAlive,expectedPurchases,"
                        + "expectedValue,riskScore,riskRank,moneyAtRisk,signals");
        // The formula is written as text (a leading quote), the comma and quotes in RFC 4180 quoting.
        String first = byRank[0] + ",\"'" + numberByRank[0].replace("\"", "\"\"") + "\",";
        assertThat(lines[1]).startsWith(first);
        assertCells(
                lines[1].substring(first.length()).split(",", -1),
                "2",
                "1",
                1.0 - riskOf(1),
                0.25,
                "1.50",
                riskOf(1),
                "1",
                "0.10",
                "LOW_ACTIVITY_PROBABILITY");
        assertCells(
                lines[3].split(",", -1),
                Long.toString(byRank[2]),
                numberByRank[2],
                "4",
                "3",
                "",
                "",
                "",
                riskOf(3),
                "3",
                "1.10",
                "");
        assertThat(lines[5]).endsWith(",5,2.10,OVERDUE|AOV_DECLINE");
        for (int r = 2; r <= N; r++) {
            String[] cells = lines[r].split(",", -1);
            assertThat(cells).as("line of rank %d", r).hasSize(11);
            assertThat(Long.parseLong(cells[0])).as("customer of rank %d", r).isEqualTo(byRank[r - 1]);
            assertThat(cells[1]).isEqualTo(numberByRank[r - 1]);
            assertThat(Long.parseLong(cells[8])).isEqualTo(r);
            assertThat(Double.parseDouble(cells[7])).isEqualTo(r == N ? 0.00001 : riskOf(r));
        }
        assertThat(lines[N].split(",")[7]).isEqualTo("0.00001");
        byte[] again = mvc.perform(scores().header("Accept", "text/csv").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(again).isEqualTo(file);
    }

    @Test
    void theOpenApiDescribesBothAnswers() throws Exception {
        String api = mvc.perform(get("/api/openapi").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> content =
                JsonPath.read(api, "$.paths['/api/v1/retention/customer-scores'].get.responses['200'].content");
        assertThat(content).containsKeys("application/json", "text/csv");
    }

    @Test
    void wipingTheRetentionFiguresWipesTheScores() throws Exception {
        eraser.eraseAll();
        mvc.perform(scores().header("Accept", "text/csv").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/no-risk-scores"));
    }

    @Test
    void oneScoredCustomerIsOneLineAndThePagesEndWithIt() throws Exception {
        jdbc.sql("DELETE FROM retention_customer_score WHERE risk_rank > 1").update();
        String text = mvc.perform(scores().header("Accept", "text/csv").with(VIEWER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(2);
        mvc.perform(scores().param("page", "1").param("size", "1").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    /** Text cells as they are, number cells by value (each database writes 1.0 its own way). */
    private static void assertCells(String[] cells, Object... expected) {
        assertThat(cells).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] instanceof Double number) {
                assertThat(Double.parseDouble(cells[i])).as("cell %d", i).isEqualTo(number);
            } else {
                assertThat(cells[i]).as("cell %d", i).isEqualTo(expected[i]);
            }
        }
    }
}
