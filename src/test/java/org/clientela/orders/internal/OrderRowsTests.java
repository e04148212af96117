package org.clientela.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Order dates as the import reads them. */
class OrderRowsTests {

    @Test
    void readsIsoDates() {
        assertThat(OrderRows.isoDate("2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(OrderRows.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2025-02-29", "2026-13-01", "2026-1a-01", "31/03/2026", "2026-3-31", "20260331", "+026-03-31"})
    void refusesWhatIsNotAnIsoDate(String text) {
        assertThatThrownBy(() -> OrderRows.isoDate(text)).isInstanceOf(DateTimeParseException.class);
    }
}
