package org.clientela.service.internal.promises;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.clientela.service.PromiseKind;
import org.junit.jupiter.api.Test;

class PromiseDaysTests {

    @Test
    void promisedSevenDaysDeliveredInThreeLeavesFourToSpare() {
        Instant made = Instant.parse("2026-11-02T09:00:00Z");
        BigDecimal promised = PromiseLedger.days(made, made.plus(Duration.ofDays(7)));
        BigDecimal actual = PromiseLedger.days(made, made.plus(Duration.ofDays(3)));
        Promise p = new Promise(
                1,
                null,
                1,
                PromiseKind.DELIVERY,
                null,
                "ana",
                PromiseStatus.KEPT,
                made,
                made.plus(Duration.ofDays(7)),
                made.plus(Duration.ofDays(3)),
                null,
                promised,
                actual);
        assertThat(promised).isEqualByComparingTo("7");
        assertThat(actual).isEqualByComparingTo("3");
        assertThat(p.daysToSpare()).isEqualByComparingTo("4");
    }

    @Test
    void countsPartsOfADay() {
        Instant made = Instant.parse("2026-11-02T09:00:00Z");
        assertThat(PromiseLedger.days(made, made.plus(Duration.ofHours(36)))).isEqualByComparingTo("1.50");
    }
}
