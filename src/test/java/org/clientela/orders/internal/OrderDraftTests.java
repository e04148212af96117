package org.clientela.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clientela.orders.internal.OrderRows.Line;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint by which a re-import recognises an order it already holds. It is stored with
 * every order, so it must not change between versions: the expected values were computed by the
 * first implementation, and a different value here means every stored order would count as
 * changed on its next import.
 */
class OrderDraftTests {

    @Test
    void theFingerprintOfAnOrderStaysAsStoredByEarlierVersions() {
        OrderDraft order = new OrderDraft(line("CAF-1", "Café", "2", "12.50", null));
        order.add(line("CAF-1", "Café", "2", "12.50", null));
        order.add(line(null, null, "1.000", "100", "Té verde \"premium\""));
        order.add(line("X", "Y", "0.5", "0.00", "€ ñ"));
        assertThat(order.fingerprint()).isEqualTo("c56ac25b1db1976432140d008316084f05015503735f0a7947d9e73792b9042d");

        Line deliveredLine = new Line(
                2,
                "C-1",
                "O-2",
                LocalDate.of(2026, 1, 5),
                "S",
                "K",
                new BigDecimal("3"),
                new BigDecimal("1234.560"),
                "web",
                null,
                "",
                "EUR",
                LocalDate.of(2026, 1, 9));
        OrderDraft delivered = new OrderDraft(deliveredLine);
        delivered.add(deliveredLine);
        assertThat(delivered.fingerprint())
                .isEqualTo("b5ba42034d1a91e539041256495a03aeac59c1c86be1dce5e312a4caaa7fb988");
    }

    @Test
    void equalAmountsWrittenDifferentlyGiveTheSameFingerprintAndAnotherAmountAnother() {
        assertThat(single("12.5").fingerprint())
                .isEqualTo(single("12.50").fingerprint())
                .isEqualTo(single("12.500").fingerprint());
        assertThat(single("12.51").fingerprint()).isNotEqualTo(single("12.5").fingerprint());
        assertThat(single("120").fingerprint()).isNotEqualTo(single("12").fingerprint());
    }

    private static OrderDraft single(String amount) {
        OrderDraft order = new OrderDraft(line("S", "K", "1", amount, null));
        order.add(line("S", "K", "1", amount, null));
        return order;
    }

    private static Line line(String sku, String category, String quantity, String amount, String description) {
        return new Line(
                2,
                "C-1",
                "O-1",
                LocalDate.of(2026, 1, 15),
                sku,
                category,
                new BigDecimal(quantity),
                new BigDecimal(amount),
                "shop",
                "Santa Cruz",
                description,
                "EUR",
                null);
    }
}
