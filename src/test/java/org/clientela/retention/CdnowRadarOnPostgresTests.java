package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.retention.internal.model.CdnowData;
import org.clientela.retention.internal.risk.RocAuc;
import org.clientela.support.BusinessReset;
import org.clientela.support.EmptyBusiness;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Does the radar's ranking predict who will not come back? Through the API only, on the CDNOW
 * sample (2,357 customers who first bought in the first quarter of 1997): the orders are imported,
 * the model is fitted and the radar run as of 1997-09-30, and the risk scores are compared with
 * what the data says happened next — 1,673 of the 2,357 made no purchase from 1997-10-01 to
 * 1998-06-30. The area under the ROC curve of the risk score must beat every published model
 * (the best, Pareto/NBD's expected purchases, reaches 0.7787) and recency alone (0.7714).
 * Skipped without {@code ../shared/data}, before any application starts. The business is emptied
 * before the class, so that the radar sees no other test's customers, and after it, so that the
 * later classes see none of the sample's.
 */
@PostgresApplicationTest
@EnabledIf(CdnowData.PRESENT)
@EmptyBusiness
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CdnowRadarOnPostgresTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final LocalDate CALIBRATION_END = LocalDate.parse("1997-09-30");
    static final LocalDate HOLDOUT_END = LocalDate.parse("1998-06-30");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext application;

    @AfterAll
    static void emptyTheBusinessForTheClassesAfter(@Autowired ApplicationContext application) {
        BusinessReset.reset(application);
    }

    /** A purchase history: each customer's purchase days. */
    record History(Map<String, Set<LocalDate>> days) {}

    @Test
    @org.junit.jupiter.api.Order(1)
    void theRankingPredictsWhoDoesNotComeBackBetterThanEveryPublishedModel() throws Exception {
        History history = importSample(CdnowData.require("CDNOW_sample.txt"));
        Figures figures = rankAndMeasure(history);

        assertThat(figures.customers).isEqualTo(2357);
        assertThat(figures.lost).isEqualTo(1673);
        assertThat(figures.aucRecency)
                .as("recency alone, as published")
                .isCloseTo(0.7714, org.assertj.core.api.Assertions.within(0.0005));
        assertThat(figures.auc)
                .as("the radar's ranking against the best published model (0.7787)")
                .isGreaterThan(0.7787);
        assertThat(figures.aucRepeat).as("among repeat buyers").isGreaterThan(figures.aucRepeatRecency);
    }

    /**
     * The same on the whole cohort (23,570 customers, 69,659 rows): a figure for the notes, not part of
     * the suite (it takes minutes). {@code -Dcdnow.master=true}.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "cdnow.master", matches = "true")
    void onTheWholeCohort() throws Exception {
        BusinessReset.reset(application);
        History history = importSample(CdnowData.require("CDNOW_master.txt"));
        Figures figures = rankAndMeasure(history);

        assertThat(figures.customers).isEqualTo(23570);
        assertThat(figures.auc).isGreaterThan(figures.aucRecency);
    }

    Figures rankAndMeasure(History history) throws Exception {
        mvc.perform(post("/api/v1/retention/model-fits")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"calibrationEnd\":\"" + CALIBRATION_END + "\"}"))
                .andExpect(status().is2xxSuccessful());
        String started = mvc.perform(post("/api/v1/retention/radar-runs")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"" + CALIBRATION_END + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long run = json.readTree(started).get("id").asLong();
        await().atMost(Duration.ofMinutes(5))
                .until(() -> !runOf(run).get("status").asString().equals("RUNNING"));
        JsonNode done = runOf(run);
        assertThat(done.get("status").asString()).isEqualTo("DONE");

        Map<String, Double> risk = riskScores();
        Figures f = new Figures();
        List<Double> scores = new ArrayList<>();
        List<Boolean> lost = new ArrayList<>();
        List<Double> recency = new ArrayList<>();
        List<Double> repeatScores = new ArrayList<>();
        List<Double> repeatRecency = new ArrayList<>();
        List<Boolean> repeatLost = new ArrayList<>();
        for (var customer : history.days().entrySet()) {
            List<LocalDate> before = customer.getValue().stream()
                    .filter(d -> !d.isAfter(CALIBRATION_END))
                    .sorted()
                    .toList();
            if (before.isEmpty()) {
                continue;
            }
            boolean noPurchase =
                    customer.getValue().stream().noneMatch(d -> d.isAfter(CALIBRATION_END) && !d.isAfter(HOLDOUT_END));
            Double score = risk.get(customer.getKey());
            assertThat(score).as("a score for %s", customer.getKey()).isNotNull();
            double daysSince =
                    CALIBRATION_END.toEpochDay() - before.get(before.size() - 1).toEpochDay();
            scores.add(score);
            lost.add(noPurchase);
            recency.add(daysSince);
            if (before.size() > 1) {
                repeatScores.add(score);
                repeatRecency.add(daysSince);
                repeatLost.add(noPurchase);
            }
        }
        f.customers = scores.size();
        f.lost = lost.stream().filter(b -> b).count();
        f.auc = RocAuc.of(toArray(scores), toBooleans(lost));
        f.aucRecency = RocAuc.of(toArray(recency), toBooleans(lost));
        f.aucRepeat = RocAuc.of(toArray(repeatScores), toBooleans(repeatLost));
        f.aucRepeatRecency = RocAuc.of(toArray(repeatRecency), toBooleans(repeatLost));
        System.out.printf(
                "CDNOW radar: %d customers, %d lost; AUC ranking %.4f (recency %.4f); repeat buyers %.4f "
                        + "(recency %.4f); run %s%n",
                f.customers, f.lost, f.auc, f.aucRecency, f.aucRepeat, f.aucRepeatRecency, done.get("ranking"));
        return f;
    }

    static final class Figures {
        long customers;
        long lost;
        double auc;
        double aucRecency;
        double aucRepeat;
        double aucRepeatRecency;
    }

    JsonNode runOf(long run) throws Exception {
        return json.readTree(
                mvc.perform(get("/api/v1/retention/radar-runs/{id}", run).with(ADMIN))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    /** Every customer's risk score, by customer number, read page by page. */
    Map<String, Double> riskScores() throws Exception {
        Map<String, Double> risk = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = json.readTree(mvc.perform(get("/api/v1/retention/customer-scores")
                            .param("page", String.valueOf(page))
                            .param("size", "1000")
                            .with(ADMIN))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            for (JsonNode item : body.get("items")) {
                risk.put(
                        item.get("customerNumber").asString(),
                        item.get("riskScore").asDouble());
            }
            if (!body.get("hasNext").asBoolean()) {
                return risk;
            }
        }
    }

    /** Imports the sample (or the master file) through the import API: one order per row. */
    History importSample(Path file) throws Exception {
        boolean master = file.getFileName().toString().contains("master");
        Map<String, Set<LocalDate>> days = new LinkedHashMap<>();
        StringBuilder orders =
                new StringBuilder("customer_number,order_number,order_date,sku,category,quantity,amount\n");
        int n = 0;
        for (String row : Files.readAllLines(file)) {
            String[] f = row.strip().split("\\s+");
            if (f.length < 4 || !Character.isDigit(f[0].charAt(0))) {
                continue;
            }
            int at = master ? 1 : 2;
            String customer = "CD-" + f[master ? 0 : 1];
            LocalDate date = LocalDate.of(
                    Integer.parseInt(f[at].substring(0, 4)),
                    Integer.parseInt(f[at].substring(4, 6)),
                    Integer.parseInt(f[at].substring(6)));
            days.computeIfAbsent(customer, c -> new HashSet<>()).add(date);
            orders.append(customer)
                    .append(",CD-o")
                    .append(++n)
                    .append(',')
                    .append(date)
                    .append(",,,")
                    .append(f[at + 1])
                    .append(',')
                    .append(new BigDecimal(f[at + 2]).toPlainString())
                    .append('\n');
        }
        StringBuilder people = new StringBuilder("customer_number,name,kind,email,phone\n");
        days.keySet()
                .forEach(c -> people.append(c).append(",Cliente ").append(c).append(",PERSON,,\n"));
        mvc.perform(post("/api/v1/imports/customers")
                        .with(ADMIN)
                        .contentType("text/csv")
                        .content(people.toString()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/imports/orders")
                        .with(ADMIN)
                        .contentType("text/csv")
                        .content(orders.toString()))
                .andExpect(status().isOk());
        return new History(days);
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static boolean[] toBooleans(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
