package org.clientela.service.internal.promises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clientela.service.PromiseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of a promise's life, allowed and refused, and the SQL guard built from the same rule. */
class PromiseLifeTests {

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (PromiseStatus from : PromiseStatus.values()) {
            for (PromiseStatus to : PromiseStatus.values()) {
                boolean allowed = from == PromiseStatus.PENDING && to != PromiseStatus.PENDING;
                pairs.add(Arguments.of(from, to, allowed));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void thePromiseMovesOnlyAsItsStatusAllows(PromiseStatus from, PromiseStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
        Promise promise = promiseIn(from);
        if (allowed) {
            promise.requireCanBecome(to);
        } else {
            assertThatThrownBy(() -> promise.requireCanBecome(to))
                    .isInstanceOfSatisfying(PromiseStateException.class, refused -> {
                        assertThat(refused.status()).isEqualTo(from);
                        assertThat(refused.wanted()).isEqualTo(to);
                        assertThat(refused.problemType()).isEqualTo("promise-state");
                        assertThat(refused.messageKey()).endsWith("." + from.name());
                    });
        }
    }

    @Test
    void theGuardedUpdateLetsOnlyAPendingPromiseKeepOrBreak() {
        assertThat(PromiseStatus.sqlMayBecome(PromiseStatus.KEPT)).isEqualTo("status IN ('PENDING')");
        assertThat(PromiseStatus.sqlMayBecome(PromiseStatus.BROKEN)).isEqualTo("status IN ('PENDING')");
        assertThat(PromiseStatus.sqlMayBecome(PromiseStatus.PENDING)).isEqualTo("1 = 0");
    }

    private static Promise promiseIn(PromiseStatus status) {
        Instant made = Instant.parse("2026-11-23T09:00:00Z");
        return new Promise(
                1,
                null,
                7,
                PromiseKind.DELIVERY,
                "Entrega",
                "ana",
                status,
                made,
                made.plusSeconds(86_400),
                null,
                null,
                BigDecimal.ONE,
                null);
    }
}
