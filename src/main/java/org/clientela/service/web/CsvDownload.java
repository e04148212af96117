package org.clientela.service.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clientela.platform.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

/**
 * A service list downloaded as a CSV file: its column names and file name in the person's language,
 * its moments in the business's time zone.
 */
final class CsvDownload {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvDownload() {}

    /** Starts the file on {@code response}, its name and column names read from message keys. */
    static CsvExport start(
            HttpServletResponse response, MessageSource messages, Locale locale, String fileKey, String... headerKeys)
            throws IOException {
        String[] header = new String[headerKeys.length];
        for (int i = 0; i < headerKeys.length; i++) {
            header[i] = messages.getMessage(headerKeys[i], null, locale);
        }
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment(messages.getMessage(fileKey, null, locale)));
        return CsvExport.start(response.getOutputStream(), header);
    }

    /** A moment as the business reads it, or nothing. */
    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
