package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The COPY path of a PostgreSQL backup writes what the result-set path writes: decimals as
 * {@link PortableType#plain} makes them from a {@code BigDecimal}, text with COPY's escapes undone
 * (the round trip between the databases checks the whole of it, byte for byte).
 */
class CopyOutRowsTests {

    @Test
    void decimalsLoseTheirTrailingZerosAsABigDecimalWould() {
        for (String decimal : new String[] {
            "0", "0.00", "0.50", "-0.50", "12.500", "100", "100.00", "1234500.00", "-7", "0.001", "1.5", "10.10"
        }) {
            assertThat(CopyOutRows.plain(decimal)).as(decimal).isEqualTo(PortableType.plain(new BigDecimal(decimal)));
        }
    }

    @Test
    void textHasCopysEscapesUndone() {
        String copied = "x\tSilla \\\\ \"nórdica\"\\tcon\\nsalto\\r\\b\\f\\v fin\ty";
        int from = copied.indexOf('\t') + 1;
        int to = copied.lastIndexOf('\t');

        assertThat(CopyOutRows.unescape(copied, from, to, new StringBuilder()))
                .isEqualTo("Silla \\ \"nórdica\"\tcon\nsalto\r\b\f\u000b fin");
        assertThat(CopyOutRows.unescape("sin escapes", 4, 11, new StringBuilder()))
                .isEqualTo("escapes");
    }
}
