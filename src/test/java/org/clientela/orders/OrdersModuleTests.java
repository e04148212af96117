package org.clientela.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerFixtures;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.history.BuyingHistory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PurchasePace;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.clientela.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * The orders module with the modules it uses (customers, platform) and none that use it: an order
 * file is loaded through its importer, and what its three doors answer comes from its own tables —
 * a customer's history and pace ({@code orders :: history}) and revenue over the whole book
 * ({@code orders :: figures}). Customers come from the fixture the customers module publishes.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class OrdersModuleTests {

    /** A year no other test of this class orders in, so the book's revenue in it is this test's alone. */
    static final LocalDate YEAR = LocalDate.of(2011, 1, 1);

    @Autowired
    OrderImporter importer;

    @Autowired
    CustomerPurchases purchases;

    @Autowired
    PurchaseFigures figures;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    BeanFactory beans;

    @TempDir
    Path folder;

    /** One for the class: a module test has one instance for all its tests, each of which names its rows apart. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anImportedOrderFileIsACustomersHistoryAndTheBooksRevenue() throws Exception {
        long customer = new CustomerFixtures(beans).person("Rosa Prieto " + marker);
        String number = directory.find(customer).orElseThrow().customerNumber();

        ImportResult result = importer.importCsv(file("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s,A-%2$s,2011-03-01,CAF-%2$s,Café %2$s,2,30.00
                %1$s,A-%2$s,2011-03-01,TE-%2$s,Té %2$s,1,12.50
                %1$s,B-%2$s,2011-03-01,,,,7.50
                %1$s,C-%2$s,2011-03-15,CAF-%2$s,Café %2$s,1,15.00
                """.formatted(number, marker)), ImportProgress.NONE);

        assertThat(result.created()).as("orders created").isEqualTo(3);
        BuyingHistory history =
                purchases.history(customer, LocalDate.of(2011, 12, 31), "EUR").orElseThrow();
        assertThat(history.purchaseDays())
                .as("two orders on one day are one purchase")
                .isEqualTo(2);
        assertThat(history.firstPurchase()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(history.lastPurchase()).isEqualTo(LocalDate.of(2011, 3, 15));
        assertThat(history.spend()).isEqualByComparingTo("65.00");
        PurchasePace pace = purchases.pace(customer, LocalDate.of(2011, 12, 31)).orElseThrow();
        assertThat(pace.typicalIntervalDays()).isEqualTo(14);
        assertThat(figures.revenue(YEAR, YEAR.plusYears(1), "EUR")).isEqualByComparingTo("65.00");
        assertThat(purchases.history(customer, LocalDate.of(2011, 2, 28), "EUR"))
                .as("before the first order")
                .isEmpty();
    }

    @Test
    void aFileNamingAnUnknownCustomerWritesNothing() throws Exception {
        long before = figures.bookVersion();

        assertThatThrownBy(() -> importer.importCsv(file("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                NOBODY-%1$s,X-%1$s,2012-05-01,,,,10.00
                """.formatted(marker)), ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(figures.bookVersion()).isEqualTo(before);
        assertThat(figures.revenue(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1), "EUR"))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    private Path file(String text) throws Exception {
        return Files.writeString(folder.resolve("orders-" + UUID.randomUUID() + ".csv"), text);
    }
}
