package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.clientela.demo.DemoBusiness.Customer;
import org.clientela.demo.DemoBusiness.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBusinessTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    static final int SAMPLE = 3000;

    final DemoBusiness business = new DemoBusiness(7, TODAY);

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        DemoFiles.write(new DemoBusiness(42, TODAY), 500, dir.resolve("c1.csv"), dir.resolve("o1.csv"));
        DemoFiles.write(new DemoBusiness(42, TODAY), 500, dir.resolve("c2.csv"), dir.resolve("o2.csv"));
        DemoFiles.write(new DemoBusiness(43, TODAY), 500, dir.resolve("c3.csv"), dir.resolve("o3.csv"));

        assertThat(Files.mismatch(dir.resolve("c1.csv"), dir.resolve("c2.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("o1.csv"), dir.resolve("o2.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("c1.csv"), dir.resolve("c3.csv"))).isNotEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("o1.csv"), dir.resolve("o3.csv"))).isNotEqualTo(-1);
    }

    @Test
    void everyArchetypeIsPresentInTheDemo() {
        Set<Archetype> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            seen.add(business.customer(i).archetype());
        }
        assertThat(seen).containsExactlyInAnyOrder(Archetype.values());
    }

    @Test
    void regularCustomersBuyOnASteadyCadenceUpToToday() {
        for (Customer customer : customers(Archetype.REGULAR)) {
            List<Order> orders = customer.orders();
            assertThat(orders).hasSizeGreaterThan(15);
            long[] gaps = gaps(orders);
            double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
            assertThat(mean).isBetween(5.0, 40.0);
            assertThat(java.util.Arrays.stream(gaps).max().orElseThrow()).isLessThanOrEqualTo(38);
            assertThat(daysAgo(last(orders))).isLessThanOrEqualTo(38);
        }
    }

    @Test
    void lapsedCustomersStoppedAtLeastTwoMonthsAgoAfterARegularHistory() {
        for (Customer customer : customers(Archetype.LAPSED)) {
            assertThat(daysAgo(last(customer.orders()))).isBetween(60L, 240L);
            assertThat(customer.orders()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void decliningCustomersSpendClearlyLessPerOrderInTheLastThreeMonths() {
        for (Customer customer : customers(Archetype.DECLINING)) {
            Predicate<Order> recent = o -> daysAgo(o) < DemoBusiness.RECENT_DAYS;
            BigDecimal before = averageValue(customer.orders(), recent.negate());
            BigDecimal after = averageValue(customer.orders(), recent);
            assertThat(after).isPositive();
            assertThat(after.multiply(BigDecimal.valueOf(2))).isLessThanOrEqualTo(before);
        }
    }

    @Test
    void droppedCategoryWasInEveryEarlierOrderAndIsGoneFromRecentOnes() {
        for (Customer customer : customers(Archetype.DROPPED_CATEGORY)) {
            String dropped = customer.droppedCategory();
            List<Order> early =
                    customer.orders().stream().filter(o -> daysAgo(o) > 180).toList();
            List<Order> recent = customer.orders().stream()
                    .filter(o -> daysAgo(o) < DemoBusiness.RECENT_DAYS)
                    .toList();
            assertThat(early).hasSizeGreaterThanOrEqualTo(5).allMatch(o -> has(o, dropped));
            assertThat(recent).isNotEmpty().noneMatch(o -> has(o, dropped));
        }
    }

    @Test
    void newCustomersFirstBoughtInTheLastThreeMonthsAndProspectsNever() {
        for (Customer customer : customers(Archetype.NEW)) {
            assertThat(daysAgo(customer.orders().get(0))).isLessThan(DemoBusiness.RECENT_DAYS);
        }
        for (Customer customer : customers(Archetype.PROSPECT)) {
            assertThat(customer.orders()).isEmpty();
            assertThat(customer.status()).isEqualTo("PROSPECT");
        }
        for (Customer customer : customers(Archetype.OCCASIONAL)) {
            assertThat(customer.orders()).hasSizeBetween(2, 6);
        }
    }

    @Test
    void everyRowFitsTheImportFormats() throws IOException {
        Path customersCsv = dir.resolve("customers.csv");
        Path ordersCsv = dir.resolve("orders.csv");
        DemoFiles.Written written = DemoFiles.write(business, 1000, customersCsv, ordersCsv);

        Pattern phone = Pattern.compile("^(\\+34 |\\+34-|\\(\\+34\\) |0034)?[6-9][0-9 -]{8,12}$");
        Pattern email = Pattern.compile("^([a-z0-9.]+@[a-z0-9]+\\.[a-z]{2,3})?$");
        Pattern decimal = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
        Pattern money = Pattern.compile("^[0-9]+\\.[0-9]{2}$");
        Set<String> numbers = new HashSet<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(customersCsv)) {
            List<CsvRecord> rows = reader.stream().toList();
            assertThat(String.join(",", rows.get(0).getFields())).isEqualTo(DemoFiles.CUSTOMER_HEADER);
            for (CsvRecord row : rows.subList(1, rows.size())) {
                assertThat(row.getFieldCount()).isEqualTo(12);
                assertThat(numbers.add(row.getField(0)))
                        .as("unique number %s", row.getField(0))
                        .isTrue();
                assertThat(row.getField(1)).isNotBlank();
                assertThat(row.getField(2)).isIn("COMPANY", "PERSON");
                assertThat(row.getField(3)).matches(email);
                assertThat(row.getField(4)).matches(phone);
                assertThat(row.getField(4)
                                .replaceAll("^(\\+34|0034|\\(\\+34\\))", "")
                                .replaceAll("[^0-9]", ""))
                        .hasSize(9);
                assertThat(row.getField(7)).matches("^[0-9]{5}$");
                assertThat(row.getField(9)).isIn("ana", "luis", "marta");
                assertThat(row.getField(10)).isIn("PROSPECT", "CUSTOMER");
            }
            assertThat(numbers).hasSize(1000);
        }
        Map<String, BigDecimal> prices = new HashMap<>();
        DemoCatalogue.PRODUCTS.forEach(p -> prices.put(p.sku(), p.price()));
        long lines = 0;
        long late = 0;
        long onTheirWay = 0;
        Map<String, String> orderOwner = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(ordersCsv)) {
            for (CsvRecord row : (Iterable<CsvRecord>) reader.stream()::iterator) {
                if (row.getStartingLineNumber() == 1) {
                    assertThat(String.join(",", row.getFields())).isEqualTo(DemoFiles.ORDER_HEADER);
                    continue;
                }
                lines++;
                assertThat(row.getFieldCount()).isEqualTo(8);
                assertThat(numbers).contains(row.getField(0));
                assertThat(orderOwner.computeIfAbsent(row.getField(1), k -> row.getField(0)))
                        .isEqualTo(row.getField(0));
                LocalDate date = LocalDate.parse(row.getField(2));
                assertThat(date).isBetween(TODAY.minusDays(DemoBusiness.HISTORY_DAYS), TODAY);
                assertThat(prices).containsKey(row.getField(3));
                assertThat(DemoCatalogue.CATEGORIES).contains(row.getField(4));
                assertThat(row.getField(5)).matches(decimal);
                assertThat(row.getField(6)).matches(money);
                assertThat(new BigDecimal(row.getField(6)))
                        .isEqualByComparingTo(prices.get(row.getField(3)).multiply(new BigDecimal(row.getField(5))));
                if (row.getField(7).isEmpty()) {
                    assertThat(date)
                            .as("only orders of the last week are still on their way")
                            .isAfter(TODAY.minusDays(9));
                    onTheirWay++;
                } else {
                    LocalDate delivered = LocalDate.parse(row.getField(7));
                    assertThat(delivered)
                            .isBetween(date.plusDays(1), date.plusDays(8))
                            .isBeforeOrEqualTo(TODAY);
                    if (delivered.isAfter(date.plusDays(4))) {
                        late++;
                    }
                }
            }
        }
        assertThat(late).as("some orders arrive late, for the delivery figures").isBetween(lines / 20, lines / 5);
        assertThat(onTheirWay).isLessThan(lines / 50);
        assertThat(lines).isEqualTo(written.lines()).isGreaterThan(10_000);
        assertThat(orderOwner).hasSize((int) written.orders());
    }

    @Test
    void aStretchedCadenceGivesFewerLinesPerCustomer() {
        double natural = DemoFiles.linesPerCustomer(business, 500);
        double stretched = DemoFiles.linesPerCustomer(new DemoBusiness(7, TODAY, 5), 500);
        assertThat(stretched).isLessThan(natural / 3);
    }

    private List<Customer> customers(Archetype archetype) {
        List<Customer> found = new java.util.ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            Customer customer = business.customer(i);
            if (customer.archetype() == archetype) {
                found.add(customer);
            }
        }
        assertThat(found).as(archetype.name()).hasSizeGreaterThan(50);
        return found;
    }

    private static long[] gaps(List<Order> orders) {
        long[] gaps = new long[orders.size() - 1];
        for (int i = 1; i < orders.size(); i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(
                    orders.get(i - 1).date(), orders.get(i).date());
        }
        return gaps;
    }

    private static Order last(List<Order> orders) {
        return orders.get(orders.size() - 1);
    }

    private static long daysAgo(Order order) {
        return ChronoUnit.DAYS.between(order.date(), TODAY);
    }

    private static boolean has(Order order, String category) {
        return order.lines().stream().anyMatch(l -> l.category().equals(category));
    }

    private static BigDecimal averageValue(List<Order> orders, Predicate<Order> which) {
        List<Order> chosen = orders.stream().filter(which).toList();
        return chosen.stream()
                .map(Order::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(chosen.size()), 2, java.math.RoundingMode.HALF_UP);
    }
}
