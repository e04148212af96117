package org.clientela.sales.internal.prospects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxIdsTests {

    @Test
    void aNifNeedsItsControlLetter() {
        assertThat(TaxIds.valid("12345678Z")).isTrue();
        assertThat(TaxIds.valid("12.345.678-z")).isTrue();
        assertThat(TaxIds.valid("12345678A")).isFalse();
    }

    @Test
    void aNieReadsItsFirstLetterAsADigit() {
        assertThat(TaxIds.valid("X1234567L")).isTrue();
        assertThat(TaxIds.valid("Y1234567X")).isTrue();
        assertThat(TaxIds.valid("X1234567A")).isFalse();
    }

    @Test
    void aCifNeedsItsControlDigitOrLetterAsItsKindAsks() {
        assertThat(TaxIds.valid("B12345674")).isTrue();
        assertThat(TaxIds.valid("ES-B12345674")).isTrue();
        assertThat(TaxIds.valid("B12345675")).isFalse();
        assertThat(TaxIds.valid("B1234567D")).isFalse();
        assertThat(TaxIds.valid("P1234567D")).isTrue();
        assertThat(TaxIds.valid("P12345674")).isFalse();
    }

    @Test
    void theKeyIsWhatDuplicateChecksCompare() {
        assertThat(TaxIds.key(" es-b12.345.674 ")).isEqualTo("B12345674");
        assertThat(TaxIds.key("  ")).isNull();
        assertThat(TaxIds.key("b\t12/345\u000b674\r\n")).isEqualTo("B12345674");
        assertThat(TaxIds.key("es12345678z")).as("ES and eleven characters").isEqualTo("12345678Z");
        assertThat(TaxIds.key("ES1234567")).as("ES kept when not a prefix").isEqualTo("ES1234567");
        assertThat(TaxIds.key(" .-/ ")).isNull();
    }
}
