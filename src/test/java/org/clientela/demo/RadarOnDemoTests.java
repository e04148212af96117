package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerEraser;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderEraser;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.retention.RadarFixtures;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The radar on the demo business: the generator knows which customers decline, lapse or drop a
 * category, so the radar must find them — and leave the regular buyers mostly alone (H2 and
 * PostgreSQL twins). The shares are measured on the demo's 300 customers; the bounds leave room
 * for customers the generator makes borderline (a lapsed customer whose usual interval is as long
 * as their absence is not late yet).
 */
@EmptyBusiness
abstract class RadarOnDemoTests {

    @Autowired
    CustomerImporter customerImporter;

    @Autowired
    OrderImporter orderImporter;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderEraser orders;

    @Autowired
    CustomerEraser customers;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void findsTheDecliningLapsedAndDroppingCustomersAndMostlySparesTheRegularOnes() throws Exception {
        transaction.executeWithoutResult(status -> {
            orders.eraseAll();
            customers.eraseAll();
        });
        LocalDate today = LocalDate.now(ZoneId.of("Atlantic/Canary"));
        DemoBusiness business = new DemoBusiness(2026, today);
        Path folder = Files.createTempDirectory("radar-demo");
        DemoFiles.write(business, DemoLoader.CUSTOMERS, folder.resolve("c.csv"), folder.resolve("o.csv"));
        customerImporter.importCsv(folder.resolve("c.csv"), ImportProgress.NONE);
        orderImporter.importCsv(folder.resolve("o.csv"), ImportProgress.NONE);

        RadarFixtures.Run run = new RadarFixtures(context).runNow("test");
        assertThat(run.status()).isEqualTo("DONE");

        Map<Archetype, List<DemoBusiness.Customer>> byArchetype = new EnumMap<>(Archetype.class);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < DemoLoader.CUSTOMERS; i++) {
            DemoBusiness.Customer customer = business.customer(i);
            byArchetype
                    .computeIfAbsent(customer.archetype(), a -> new ArrayList<>())
                    .add(customer);
            numbers.add(customer.number());
        }
        Map<String, Long> ids = directory.idsByNumber(numbers);
        Map<Long, List<String>> signals = new HashMap<>();
        jdbc.sql("""
                SELECT s.customer_id, s.kind, c.name FROM retention_signal s
                  LEFT JOIN product_category c ON c.id = s.category_id WHERE s.open = 1""").query(rs -> {
            signals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(rs.getString(2) + (rs.getString(3) == null ? "" : ":" + rs.getString(3)));
        });

        double declining = share(byArchetype.get(Archetype.DECLINING), ids, signals, c -> "AOV_DECLINE");
        double lapsed = share(byArchetype.get(Archetype.LAPSED), ids, signals, c -> "OVERDUE");
        double dropped = share(
                byArchetype.get(Archetype.DROPPED_CATEGORY),
                ids,
                signals,
                c -> "DROPPED_CATEGORY:" + c.droppedCategory());
        double regular = byArchetype.get(Archetype.REGULAR).stream()
                        .filter(c -> !signals.getOrDefault(ids.get(c.number()), List.of())
                                .isEmpty())
                        .count()
                / (double) byArchetype.get(Archetype.REGULAR).size();
        System.out.printf(
                "Radar on the demo: declining %.2f, lapsed %.2f, dropped %.2f, regular with any signal %.2f%n",
                declining, lapsed, dropped, regular);

        assertThat(declining).isGreaterThanOrEqualTo(0.9);
        assertThat(lapsed).isGreaterThanOrEqualTo(0.8);
        assertThat(dropped).isGreaterThanOrEqualTo(0.8);
        assertThat(regular).isLessThanOrEqualTo(0.15);
        // The ranking: every customer who ever bought is scored, the lapsed rank well above the regular
        // buyers, and the run says how well its ranking did on the demo's own past.
        Map<Long, Long> rank = new HashMap<>();
        jdbc.sql("SELECT customer_id, risk_rank FROM retention_customer_score").query(rs -> {
            rank.put(rs.getLong(1), rs.getLong(2));
        });
        assertThat(rank)
                .hasSize(jdbc.sql("SELECT COUNT(DISTINCT customer_id) FROM sales_order")
                        .query(Integer.class)
                        .single());
        double lapsedRank = byArchetype.get(Archetype.LAPSED).stream()
                .map(c -> rank.get(ids.get(c.number())))
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .average()
                .orElseThrow();
        double regularRank = byArchetype.get(Archetype.REGULAR).stream()
                .map(c -> rank.get(ids.get(c.number())))
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .average()
                .orElseThrow();
        var ranking = run.ranking();
        System.out.printf(
                "Ranking on the demo: %s, backtest AUC %.4f (recency %.4f) on %d customers; mean rank lapsed %.0f, "
                        + "regular %.0f%n",
                ranking.method(),
                ranking.auc(),
                ranking.aucRecency(),
                ranking.backtestCustomers(),
                lapsedRank,
                regularRank);
        assertThat(lapsedRank).isLessThan(regularRank / 2);
        assertThat(ranking.auc()).isGreaterThan(0.6);
        // New customers (first order in the last three months) are too new for AOV or dropped categories.
        assertThat(byArchetype.get(Archetype.NEW).stream()
                        .flatMap(c -> signals.getOrDefault(ids.get(c.number()), List.of()).stream())
                        .filter(s -> s.startsWith("AOV_DECLINE") || s.startsWith("DROPPED_CATEGORY")))
                .isEmpty();
    }

    private static double share(
            List<DemoBusiness.Customer> group,
            Map<String, Long> ids,
            Map<Long, List<String>> signals,
            java.util.function.Function<DemoBusiness.Customer, String> expected) {
        long hits = group.stream()
                .filter(c ->
                        signals.getOrDefault(ids.get(c.number()), List.of()).contains(expected.apply(c)))
                .count();
        return hits / (double) group.size();
    }
}
