package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.clientela.retention.internal.fits.ModelFitting;
import org.clientela.retention.internal.fits.StoredFit;
import org.clientela.retention.internal.model.CdnowData;
import org.clientela.retention.internal.model.CustomerBaseFit;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The published CDNOW estimates from the raw transactions, through the ordinary imports: the 1/10
 * sample (2,357 customers, 6,919 rows) becomes a customers file and an orders file (one order per
 * row: its CDs as the quantity, its dollars as the amount), both are imported, and the model is
 * fitted on the orders up to 1997-09-30 (weeks 1-39). BG/NBD must give r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426 (Fader, Hardie &amp; Lee 2005). Skipped without {@code ../shared/data}.
 * No other test has orders before 1997-10-01, so the fit sees only these customers.
 */
@EnabledIf(CdnowData.PRESENT)
@EmptyBusiness
abstract class CdnowImportTests {

    @Autowired
    CustomerImporter customerImporter;

    @Autowired
    OrderImporter orderImporter;

    @Autowired
    ModelFitting fitting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path folder;

    /** The marker of the imported sample's customer and order numbers, imported once per database. */
    static String marker;

    /** Imports the sample through the ordinary imports, once for each database (context). */
    synchronized void importTheSampleOnce() throws IOException {
        Path sample = CdnowData.require("CDNOW_sample.txt");
        if (marker != null
                && jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE order_number LIKE :p")
                                .param("p", marker + "-%")
                                .query(Long.class)
                                .single()
                        == 6919) {
            return;
        }
        marker = "CD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> rows = Files.readAllLines(sample).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        Set<String> customers = new LinkedHashSet<>();
        StringBuilder orders =
                new StringBuilder("customer_number,order_number,order_date,sku,category,quantity,amount\n");
        int n = 0;
        for (String row : rows) {
            String[] f = row.split("\\s+");
            String customer = marker + "-" + f[1];
            customers.add(customer);
            LocalDate date = LocalDate.of(
                    Integer.parseInt(f[2].substring(0, 4)),
                    Integer.parseInt(f[2].substring(4, 6)),
                    Integer.parseInt(f[2].substring(6)));
            orders.append(customer)
                    .append(',')
                    .append(marker)
                    .append("-o")
                    .append(++n)
                    .append(',')
                    .append(date)
                    .append(",,,")
                    .append(f[3])
                    .append(',')
                    .append(new BigDecimal(f[4]).toPlainString())
                    .append('\n');
        }
        StringBuilder people = new StringBuilder("customer_number,name,kind,email,phone\n");
        customers.forEach(
                c -> people.append(c).append(",Cliente CDNOW ").append(c).append(",PERSON,,\n"));
        Path customerFile = Files.writeString(folder.resolve("customers.csv"), people);
        Path orderFile = Files.writeString(folder.resolve("orders.csv"), orders);

        ImportResult imported = customerImporter.importCsv(customerFile, ImportProgress.NONE);
        ImportResult importedOrders = orderImporter.importCsv(orderFile, ImportProgress.NONE);

        assertThat(imported.created()).isEqualTo(2357);
        assertThat(importedOrders.rows()).isEqualTo(6919);
    }

    @Test
    void reproducesThePublishedEstimatesFromTheImportedOrders() throws IOException {
        importTheSampleOnce();
        long zeroOrders = jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE order_number LIKE :p AND total_amount = 0")
                .param("p", marker + "-%")
                .query(Long.class)
                .single();
        assertThat(zeroOrders)
                .as("the eight zero-dollar rows are imported as they are")
                .isEqualTo(8);

        StoredFit stored = fitting.fit(LocalDate.parse("1997-09-30"));
        CustomerBaseFit fit = stored.fit();

        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.repeatPurchases()).isEqualTo(2457);
        assertThat(fit.purchases().r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.purchases().alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(fit.purchases().a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.purchases().b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        // Spend per repeat day from the orders; the published p, q, γ = 6.25, 3.74, 15.44 used the same days.
        assertThat(fit.spend().p()).isCloseTo(6.25, within(0.01));
        assertThat(fit.spend().q()).isCloseTo(3.74, within(0.01));
        assertThat(fit.spend().gamma()).isCloseTo(15.44, within(0.02));
    }

    /**
     * The check through the API on the classic split: weeks 1-39 to learn, weeks 40-78 (to
     * 1998-06-30) to compare. 1,882 repeat purchase days happened; the reference library's BG/NBD
     * (lifetimes, on the same purchase days) predicts 1,653 of them.
     */
    @Test
    void theModelCheckThroughTheApiMatchesTheReferenceLibrary() throws Exception {
        importTheSampleOnce();

        String body = mvc.perform(post("/api/v1/retention/model-checks")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "es")
                        .content("{\"calibrationEnd\":\"1997-09-30\",\"holdoutEnd\":\"1998-06-30\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(JsonPath.<Integer>read(body, "$.customers")).isEqualTo(2357);
        assertThat(JsonPath.<Number>read(body, "$.actualRepeatPurchases").longValue())
                .isEqualTo(1882);
        assertThat(JsonPath.<Number>read(body, "$.predictedRepeatPurchases").doubleValue())
                .isCloseTo(1653, withinPercentage(1));
        assertThat(JsonPath.<Number>read(body, "$.holdoutWeeks").doubleValue()).isEqualTo(39.0);
        assertThat(JsonPath.<Integer>read(body, "$.lastCalibrationWeek")).isEqualTo(39);
        List<Map<String, Object>> weekly = JsonPath.read(body, "$.weekly");
        assertThat(weekly).hasSize(78);
        double predicted = 0;
        double actual = 0;
        for (Map<String, Object> week : weekly.subList(39, 78)) {
            predicted += ((Number) week.get("predicted")).doubleValue();
            actual += ((Number) week.get("actual")).doubleValue();
        }
        assertThat(((Number) weekly.get(39).get("week")).intValue()).isEqualTo(40);
        assertThat(actual).isEqualTo(1882);
        assertThat(predicted)
                .isCloseTo(
                        JsonPath.<Number>read(body, "$.predictedRepeatPurchases")
                                .doubleValue(),
                        within(0.05));
        // Weeks 1-39 carry what the model learnt: the expected repeat purchases of the cohort from
        // each first purchase, to be near the 2,457 repeat purchases it was fitted on.
        double learnt = ((Number) weekly.get(38).get("cumulativePredicted")).doubleValue();
        assertThat(((Number) weekly.get(38).get("cumulativeActual")).doubleValue())
                .isEqualTo(2457);
        assertThat(learnt).isCloseTo(2457, withinPercentage(5));
        assertThat(JsonPath.<List<Object>>read(body, "$.warnings")).isEmpty();
        // The radar's order as of the calibration end, learnt only from what was known then, against who
        // bought nothing in the 39 weeks after it (1,673 of 2,357): better than recency alone (0.7714).
        assertThat(JsonPath.<Number>read(body, "$.ranking.lost").intValue()).isEqualTo(1673);
        assertThat(JsonPath.<Number>read(body, "$.ranking.aucRecency").doubleValue())
                .isCloseTo(0.7714, within(0.0001));
        assertThat(JsonPath.<Number>read(body, "$.auc").doubleValue()).isGreaterThan(0.775);
        assertThat(JsonPath.<Integer>read(body, "$.ranking.top")).isEqualTo(100);
        assertThat(JsonPath.<Integer>read(body, "$.ranking.topLost"))
                .isGreaterThan(
                        JsonPath.<Number>read(body, "$.ranking.randomLost").intValue());
        assertThat(JsonPath.<String>read(body, "$.ranking.sentence"))
                .startsWith("El orden del radar en esas fechas: " + "de los 100 clientes que ponía primero, ");
    }
}
