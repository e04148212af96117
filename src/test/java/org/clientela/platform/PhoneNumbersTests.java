package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTests {

    private final PhoneNumbers phones = new PhoneNumbers("34");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+34 619 547     | 619547",
                "+34619          | 619",
                "0034 619        | 619",
                "00 34 619 547   | 619547",
                "(+34) 619       | 619",
                "619-547         | 619547",
                "(619) 547       | 619547",
                "619.54.71       | 6195471",
                "+34 619 547 123 | 619547123",
                "34619547123     | 619547123",
                "34 619          | 34619",
                "+44 20 7946     | 44207946"
            })
    void aPieceOfAPhoneNumberIsLookedForAmongTheNationalDigits(String piece, String digits) {
        assertThat(phones.pieceDigits(piece)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+34 619 547 123   | 619547123",
                "0034-619-547-123  | 619547123",
                "(+34) 619 547 123 | 619547123",
                "34619547123       | 619547123",
                "619 54 71 23      | 619547123"
            })
    void aStoredNumberKeepsOnlyItsNationalDigits(String phone, String digits) {
        assertThat(phones.nationalDigits(phone)).isEqualTo(digits);
    }
}
