package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.clientela.orders.internal.OrderRows.Line;

/** The lines of one order as the file gives them. */
final class OrderDraft {

    /** One digest per thread: creating one per order showed up in the import's profile. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(() -> new StringBuilder(256));

    private final Line first;
    private final List<Line> lines = new ArrayList<>(4);
    private String fingerprint;
    private Long customerId;

    OrderDraft(Line first) {
        this.first = first;
    }

    void add(Line line) {
        lines.add(line);
    }

    String number() {
        return first.orderNumber();
    }

    String customerNumber() {
        return first.customerNumber();
    }

    /** The id of the order's customer, once the customer number was looked up. */
    Long customerId() {
        return customerId;
    }

    void customerId(Long id) {
        this.customerId = id;
    }

    LocalDate date() {
        return first.date();
    }

    LocalDate deliveredOn() {
        return first.deliveredOn();
    }

    String channel() {
        return first.channel();
    }

    String pointOfSale() {
        return first.pointOfSale();
    }

    String currency() {
        return first.currency();
    }

    List<Line> lines() {
        return lines;
    }

    BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : lines) {
            total = total.add(line.amount());
        }
        return total;
    }

    /** SHA-256 of everything the file says about the order; asked once all its lines are added. */
    String fingerprint() {
        if (fingerprint == null) {
            fingerprint = computeFingerprint();
        }
        return fingerprint;
    }

    /**
     * The text hashed is {@code customer|date|channel|point of sale|currency[|delivered date]} and, a
     * line each, {@code sku|category|quantity|amount|description}, amounts without trailing zeros
     * ({@code 12.5} and {@code 12.50} are the same amount). Built in one reused buffer per thread:
     * this runs for every order of every import.
     */
    private String computeFingerprint() {
        StringBuilder text = TEXT.get();
        text.setLength(0);
        text.append(customerNumber()).append('|');
        isoDate(text, date());
        text.append('|')
                .append(channel())
                .append('|')
                .append(pointOfSale())
                .append('|')
                .append(currency());
        if (deliveredOn() != null) {
            // Only when given, so the fingerprints of files without the column stay as they were.
            text.append("|delivered ");
            isoDate(text, deliveredOn());
        }
        for (Line line : lines) {
            text.append('\n')
                    .append(line.sku())
                    .append('|')
                    .append(line.category())
                    .append('|');
            plainWithoutTrailingZeros(text, line.quantity());
            text.append('|');
            plainWithoutTrailingZeros(text, line.amount());
            text.append('|').append(line.description());
        }
        return HexFormat.of().formatHex(SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** As {@code LocalDate.toString()} writes it, without the formatting machinery. */
    private static void isoDate(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            text.append(date);
            return;
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        text.append(year)
                .append(month < 10 ? "-0" : "-")
                .append(month)
                .append(day < 10 ? "-0" : "-")
                .append(day);
    }

    /** As {@code stripTrailingZeros().toPlainString()} writes it, without making a second decimal. */
    private static void plainWithoutTrailingZeros(StringBuilder text, BigDecimal value) {
        String plain = value.toPlainString();
        int end = plain.length();
        if (value.scale() > 0) {
            while (plain.charAt(end - 1) == '0') {
                end--;
            }
            if (plain.charAt(end - 1) == '.') {
                end--;
            }
        }
        text.append(plain, 0, end);
    }
}
