package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.clientela.platform.CsvInput;
import org.clientela.platform.DecimalText;
import org.clientela.platform.RowErrors;

/**
 * The rows of an orders file: which column is which, and each row checked into an order
 * {@link Line} or into the errors that say, in the reader's language, what is wrong with it.
 */
final class OrderRows {

    static final String[] REQUIRED = {
        "customer_number", "order_number", "order_date", "sku", "category", "quantity", "amount"
    };

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");

    private final Columns columns;
    private final String defaultCurrency;
    private final OrderDates dates;

    OrderRows(CsvInput csv, String defaultCurrency, OrderDates dates) {
        this.columns = new Columns(csv);
        this.defaultCurrency = defaultCurrency;
        this.dates = dates;
    }

    /** The row as an order line, or {@code null} after adding to {@code errors} what is wrong. */
    Line parse(CsvInput.Row row, RowErrors errors) {
        Columns c = columns;
        long at = row.line();
        String customer = errors.required(at, "customer_number", row.get(c.customer), 40);
        String order = errors.required(at, "order_number", row.get(c.order), 64);
        LocalDate date = null;
        String dateText = row.get(c.date);
        if (dateText.isEmpty()) {
            errors.add(at, "order_date", "csv.required", "order_date");
        } else {
            try {
                date = dates.within(isoDate(dateText), at, "order_date", errors);
            } catch (DateTimeParseException e) {
                errors.add(at, "order_date", "csv.notDate", "order_date", dateText);
            }
        }
        String sku = errors.optional(at, "sku", row.get(c.sku), 64);
        String category = errors.optional(at, "category", row.get(c.category), 100);
        BigDecimal quantity = BigDecimal.ONE;
        String quantityText = row.get(c.quantity);
        if (!quantityText.isEmpty()) {
            quantity = DecimalText.parse(quantityText);
            if (quantity == null) {
                errors.add(at, "quantity", "csv.notNumber", "quantity", quantityText);
            } else if (quantity.signum() <= 0) {
                errors.add(at, "quantity", "orders.import.quantityPositive", quantityText);
                quantity = null;
            } else if (quantity.stripTrailingZeros().scale() > 3) {
                errors.add(at, "quantity", "orders.import.quantityDecimals", quantityText);
                quantity = null;
            }
        }
        BigDecimal amount = null;
        String amountText = row.get(c.amount);
        if (amountText.isEmpty()) {
            errors.add(at, "amount", "csv.required", "amount");
        } else {
            amount = DecimalText.parse(amountText);
            if (amount == null) {
                errors.add(at, "amount", "csv.notNumber", "amount", amountText);
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(at, "amount", "csv.tooManyDecimals", "amount", amountText);
                amount = null;
            } else if (amount.signum() < 0) {
                // returns and credit notes are not imported (yet): a negative line is a mistake
                errors.add(at, "amount", "orders.import.amountNegative", amountText);
                amount = null;
            } else if (amount.compareTo(new BigDecimal("999999999999")) > 0) {
                errors.add(at, "amount", "csv.notNumber", "amount", amountText);
                amount = null;
            }
        }
        LocalDate delivered = null;
        String deliveredText = row.get(c.delivered);
        if (!deliveredText.isEmpty()) {
            try {
                delivered = dates.within(isoDate(deliveredText), at, "delivered_date", errors);
                if (date != null && delivered != null && delivered.isBefore(date)) {
                    errors.add(at, "delivered_date", "orders.import.deliveredBeforeOrdered", deliveredText, date);
                }
            } catch (DateTimeParseException e) {
                errors.add(at, "delivered_date", "csv.notDate", "delivered_date", deliveredText);
            }
        }
        String channel = errors.optional(at, "channel", row.get(c.channel), 20);
        String pointOfSale = errors.optional(at, "point_of_sale", row.get(c.pointOfSale), 100);
        String description = errors.optional(at, "description", row.get(c.description), 200);
        String currency = row.get(c.currency).isEmpty()
                ? defaultCurrency
                : row.get(c.currency).toUpperCase(java.util.Locale.ROOT);
        if (!currency.equals(defaultCurrency) && !CURRENCY.matcher(currency).matches()) {
            errors.add(at, "currency", "orders.import.currency", currency);
        }
        if (customer == null || order == null || date == null || quantity == null || amount == null) {
            return null;
        }
        return new Line(
                at,
                customer,
                order,
                date,
                sku,
                category,
                quantity,
                amount,
                channel,
                pointOfSale,
                description,
                currency,
                delivered);
    }

    /** {@code yyyy-MM-dd}, read without a formatter in the common case (once per row of big files). */
    static LocalDate isoDate(String text) {
        if (text.length() == 10
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && digitsAt(text, 0, 4)
                && digitsAt(text, 5, 7)
                && digitsAt(text, 8, 10)) {
            try {
                return LocalDate.of(
                        Integer.parseInt(text, 0, 4, 10),
                        Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException("Not a date", text, 0, e);
            }
        }
        return LocalDate.parse(text);
    }

    private static boolean digitsAt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Column positions of this file. */
    private static final class Columns {
        final int customer;
        final int order;
        final int date;
        final int sku;
        final int category;
        final int quantity;
        final int amount;
        final Optional<Integer> channel;
        final Optional<Integer> pointOfSale;
        final Optional<Integer> description;
        final Optional<Integer> currency;
        final Optional<Integer> delivered;

        Columns(CsvInput csv) {
            customer = csv.required("customer_number");
            order = csv.required("order_number");
            date = csv.required("order_date");
            sku = csv.required("sku");
            category = csv.required("category");
            quantity = csv.required("quantity");
            amount = csv.required("amount");
            channel = csv.column("channel");
            pointOfSale = csv.column("point_of_sale");
            description = csv.column("description");
            currency = csv.column("currency");
            delivered = csv.column("delivered_date");
        }
    }

    /** One row of the file, checked; {@code deliveredOn} is the optional day the order reached the customer. */
    record Line(
            long fileLine,
            String customerNumber,
            String orderNumber,
            LocalDate date,
            String sku,
            String category,
            BigDecimal quantity,
            BigDecimal amount,
            String channel,
            String pointOfSale,
            String description,
            String currency,
            LocalDate deliveredOn) {}
}
