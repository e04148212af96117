package org.clientela.orders;

import java.nio.file.Path;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;

/**
 * Imports orders from a CSV file with the header
 * {@code customer_number,order_number,order_date,sku,category,quantity,amount}: one row an order
 * (sku and category empty) or one row an order line. All or nothing, like the customer import;
 * the order number is the key and counts are in orders. Optional columns: {@code channel,
 * point_of_sale, description, currency} and {@code delivered_date}, the day the order reached the
 * customer (the same on every line of an order, not before its date).
 */
public interface OrderImporter {

    ImportResult importCsv(Path csvFile, ImportProgress progress);
}
