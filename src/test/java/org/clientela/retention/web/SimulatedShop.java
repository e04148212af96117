package org.clientela.retention.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;

/**
 * A made-up shop for the model's web tests: customers who buy at their own pace and stop at some
 * point, imported through the ordinary customer and order imports. Seeded, so every run is the
 * same; every customer number carries the test's marker.
 */
final class SimulatedShop {

    private SimulatedShop() {}

    /** Customer ids by customer number of the imported customers. */
    static Map<String, Long> open(
            CustomerImporter customerImporter,
            OrderImporter orderImporter,
            CustomerDirectory directory,
            String marker,
            int customers,
            LocalDate from,
            LocalDate to,
            long seed) {
        Random random = new Random(seed);
        StringBuilder customerCsv = new StringBuilder("customer_number,name,kind,email,phone\n");
        StringBuilder orderCsv =
                new StringBuilder("customer_number,order_number,order_date,sku,category,quantity,amount\n");
        List<String> numbers = new ArrayList<>();
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        int order = 0;
        for (int c = 0; c < customers; c++) {
            String number = marker + "-" + c;
            numbers.add(number);
            customerCsv
                    .append(number)
                    .append(",Cliente ")
                    .append(c)
                    .append(' ')
                    .append(marker)
                    .append(",PERSON,,\n");
            double perDay = (0.05 + random.nextDouble() * 0.6) / 7;
            double stop = 0.05 + random.nextDouble() * 0.4;
            double day = random.nextInt(days / 3);
            boolean first = true;
            while (day <= days) {
                orderCsv.append(number)
                        .append(',')
                        .append(marker)
                        .append("-o")
                        .append(order++)
                        .append(',')
                        .append(from.plusDays((long) day))
                        .append(",,,1,")
                        .append(10 + random.nextInt(90))
                        .append(".50\n");
                if (!first && random.nextDouble() < stop) {
                    break;
                }
                first = false;
                day += -Math.log(1 - random.nextDouble()) / perDay;
            }
        }
        try {
            Path folder = Files.createTempDirectory("shop");
            Path customerFile = Files.writeString(folder.resolve("customers.csv"), customerCsv);
            Path orderFile = Files.writeString(folder.resolve("orders.csv"), orderCsv);
            customerImporter.importCsv(customerFile, ImportProgress.NONE);
            orderImporter.importCsv(orderFile, ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory.idsByNumber(numbers);
    }
}
