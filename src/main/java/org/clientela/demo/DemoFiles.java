package org.clientela.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the demo business as the two CSV files the importers read: customers, and one row per
 * order line. Streams customer by customer, so a million customers take no more memory than one.
 */
final class DemoFiles {

    static final String CUSTOMER_HEADER =
            "customer_number,name,kind,email,phone,tax_id,address,postal_code,city,owner,status,tags";
    static final String ORDER_HEADER =
            "customer_number,order_number,order_date,sku,category,quantity,amount,delivered_date";
    /** How tags are separated inside the tags column. */
    static final String TAG_SEPARATOR = "|";

    /** What was written. */
    record Written(long customers, long orders, long lines) {}

    private DemoFiles() {}

    static Written write(DemoBusiness business, long customers, Path customersCsv, Path ordersCsv) {
        long orders = 0;
        long lines = 0;
        try (Writer people = Files.newBufferedWriter(customersCsv, StandardCharsets.UTF_8);
                Writer sales =
                        new BufferedWriter(Files.newBufferedWriter(ordersCsv, StandardCharsets.UTF_8), 1 << 16)) {
            people.write(CUSTOMER_HEADER);
            people.write('\n');
            sales.write(ORDER_HEADER);
            sales.write('\n');
            StringBuilder row = new StringBuilder(256);
            for (long i = 0; i < customers; i++) {
                DemoBusiness.Customer customer = business.customer(i);
                row.setLength(0);
                field(row, customer.number()).append(',');
                field(row, customer.name()).append(',');
                field(row, customer.kind()).append(',');
                field(row, customer.email()).append(',');
                field(row, customer.phone()).append(',');
                field(row, customer.taxId()).append(',');
                field(row, customer.address()).append(',');
                field(row, customer.postalCode()).append(',');
                field(row, customer.city()).append(',');
                field(row, customer.owner()).append(',');
                field(row, customer.status()).append(',');
                field(row, String.join(TAG_SEPARATOR, customer.tags())).append('\n');
                people.append(row);
                for (DemoBusiness.Order order : customer.orders()) {
                    orders++;
                    String date = order.date().toString();
                    LocalDate deliveredOn = business.deliveredOn(order);
                    String delivered = deliveredOn == null ? "" : deliveredOn.toString();
                    for (DemoBusiness.Line line : order.lines()) {
                        lines++;
                        row.setLength(0);
                        row.append(customer.number())
                                .append(',')
                                .append(order.number())
                                .append(',')
                                .append(date)
                                .append(',')
                                .append(line.sku())
                                .append(',');
                        field(row, line.category())
                                .append(',')
                                .append(line.quantity().toPlainString())
                                .append(',')
                                .append(line.amount().toPlainString())
                                .append(',')
                                .append(delivered)
                                .append('\n');
                        sales.append(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(customers, orders, lines);
    }

    /** Order lines per customer this business makes on average, measured on its first customers. */
    static double linesPerCustomer(DemoBusiness business, int sample) {
        long lines = 0;
        for (int i = 0; i < sample; i++) {
            for (DemoBusiness.Order order : business.customer(i).orders()) {
                lines += order.lines().size();
            }
        }
        return (double) lines / sample;
    }

    private static StringBuilder field(StringBuilder row, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return row.append(value);
        }
        return row.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
