package org.clientela.privacy.internal.export;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The readable {@code summary.html} of an export: one page for a customer and for a prospect, whose
 * words differ only by their message-key prefix ({@code privacy.export} or {@code privacy.prospectData}:
 * {@code <prefix>.summary.title}, {@code <prefix>.summary.intro}, {@code <prefix>.type.<record type>}).
 */
final class ExportSummary {

    static final String CUSTOMER_WORDS = "privacy.export";
    static final String PROSPECT_WORDS = "privacy.prospectData";

    private ExportSummary() {}

    /**
     * The page for the person called {@code name}, known to the reader by {@code reference} (a
     * customer number, a prospect id), listing {@code written}, made now in the business's time zone.
     */
    static String render(
            ITemplateEngine templates,
            String words,
            String name,
            Object reference,
            List<ExportedRows> written,
            Clock clock,
            ZoneId zone,
            Locale language) {
        Context context = new Context(language);
        context.setVariable("words", words);
        context.setVariable("name", name);
        context.setVariable("reference", reference);
        context.setVariable("files", written);
        context.setVariable("shown", ExportedRows.SHOWN);
        context.setVariable(
                "madeAt",
                ZonedDateTime.now(clock.withZone(zone))
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(language)));
        return templates.process("privacy/export-summary", context);
    }
}
