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
    void instantsInUtcReadAsJavaPrintsThem() {
        for (String[] pair : new String[][] {
            {"2026-03-01 10:15:30.123456+00", "2026-03-01T10:15:30.123456Z"},
            {"2026-03-01 10:15:30.1234+00", "2026-03-01T10:15:30.123400Z"},
            {"2026-03-01 10:15:30.5+00", "2026-03-01T10:15:30.500Z"},
            {"2026-03-01 10:15:30.000001+00", "2026-03-01T10:15:30.000001Z"},
            {"2026-03-01 10:15:30+00", "2026-03-01T10:15:30Z"},
            {"2026-03-01 10:15:00+00", "2026-03-01T10:15Z"},
            {"2026-03-01 10:15:00.25+00", "2026-03-01T10:15:00.250Z"},
            {"0999-12-31 23:59:59+00", "0999-12-31T23:59:59Z"}
        }) {
            assertThat(CopyOutRows.instant(pair[0])).as(pair[0]).isEqualTo(pair[1]);
            assertThat(java.time.OffsetDateTime.parse(pair[1])
                            .withOffsetSameInstant(java.time.ZoneOffset.UTC)
                            .toString())
                    .as("what the result-set path writes")
                    .isEqualTo(pair[1]);
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
