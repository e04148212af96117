package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The CSV that {@link BulkInsert} hands to PostgreSQL's COPY, written as bytes. */
class BulkInsertTests {

    @Test
    void writesEveryKindOfValueAsCopyReadsIt() {
        Object[] values = {
            42L,
            7,
            new BigDecimal("1234.50"),
            Date.valueOf(LocalDate.of(2026, 1, 15)),
            Timestamp.from(Instant.parse("2026-01-15T10:00:00Z")),
            true,
            null,
            "Bar \"El Puerto\", S.L.",
            "Café ñandú €",
            "emoji 😀 end",
            ""
        };
        assertThat(copyRow(values))
                .isEqualTo("42,7,1234.50,2026-01-15,2026-01-15T10:00:00Z,true,,"
                        + "\"Bar \"\"El Puerto\"\", S.L.\",\"Café ñandú €\",\"emoji 😀 end\",\"\"");
    }

    @Test
    void writesWholeNumbersDatesAndRepeatedMomentsWithoutLosingADigit() {
        Object[] values = {
            0L,
            -1L,
            9L,
            10L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            -2_147_483_648,
            1_000_000,
            LocalDate.of(2026, 1, 5),
            LocalDate.of(1999, 12, 31),
            LocalDate.of(12_026, 3, 4),
            Timestamp.from(Instant.parse("2026-01-15T10:00:00Z")),
            Timestamp.from(Instant.parse("2026-01-15T10:00:00Z")),
            Timestamp.from(Instant.parse("2026-01-15T10:00:01.5Z"))
        };
        assertThat(copyRow(values))
                .isEqualTo(
                        "0,-1,9,10,9223372036854775807,-9223372036854775808,-2147483648,1000000,"
                                + "2026-01-05,1999-12-31,+12026-03-04,2026-01-15T10:00:00Z,2026-01-15T10:00:00Z,2026-01-15T10:00:01.500Z");
    }

    /** The values as one row of COPY's CSV, written into a buffer that must grow from one byte. */
    private static String copyRow(Object[] values) {
        BulkInsert.CsvBytes csv = new BulkInsert.CsvBytes(1);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.ascii(',');
            }
            BulkInsert.appendValue(csv, values[i]);
        }
        return csv.text();
    }
}
