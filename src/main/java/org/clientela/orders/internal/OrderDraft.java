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
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** SHA-256 of everything the file says about the order; asked once all its lines are added. */
    String fingerprint() {
        if (fingerprint == null) {
            fingerprint = computeFingerprint();
        }
        return fingerprint;
    }

    private String computeFingerprint() {
        StringBuilder text = new StringBuilder()
                .append(customerNumber()).append('|').append(date()).append('|').append(channel()).append('|')
                .append(pointOfSale()).append('|').append(currency());
        if (deliveredOn() != null) {
            // Only when given, so the fingerprints of files without the column stay as they were.
            text.append("|delivered ").append(deliveredOn());
        }
        for (Line line : lines) {
            text.append('\n').append(line.sku()).append('|').append(line.category()).append('|')
                    .append(line.quantity().stripTrailingZeros().toPlainString()).append('|')
                    .append(line.amount().stripTrailingZeros().toPlainString()).append('|')
                    .append(line.description());
        }
        return HexFormat.of().formatHex(SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
