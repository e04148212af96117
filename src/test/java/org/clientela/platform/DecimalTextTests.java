package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as people type them in Spain and elsewhere. */
class DecimalTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12.50|12.50",
                "12,50|12.50",
                "1.234,56|1234.56",
                "1,234.56|1234.56",
                "-3.10|-3.10",
                "7|7",
                "0.001|0.001",
                " 12,5 € |12.5",
                "1 234,56|1234.56",
                "+4|4"
            })
    void readsWhatPeopleType(String text, String expected) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12.", ".5x", "1,2,3", "12-3", "--1", "1e5", "."})
    void refusesWhatIsNotANumber(String text) {
        assertThat(DecimalText.parse(text)).isNull();
    }
}
