package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void guardsCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvExport.guard("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.guard("+34 922 123 456")).isEqualTo("'+34 922 123 456");
        assertThat(CsvExport.guard("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.guard("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.guard("José = Pepe")).isEqualTo("José = Pepe");
        assertThat(CsvExport.guard("-12.50")).isEqualTo("-12.50");
        assertThat(CsvExport.guard(null)).isEmpty();
    }

    @Test
    void writesUtf8WithBomCommasCrlfAndRfc4180Quotes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = CsvExport.start(out, "a", "b", "c")) {
            csv.row("Peña, S.L.", "dice \"hola\"", "línea\nnueva");
            csv.row(null, "=1+1", "x");
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("a,b,c\r\n\"Peña, S.L.\",\"dice \"\"hola\"\"\",\"línea\nnueva\"\r\n,'=1+1,x\r\n");
    }
}
