package org.clientela.service.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.service.internal.publicpromises.Measurement;
import org.clientela.service.internal.publicpromises.PublicPromise;
import org.clientela.service.internal.publicpromises.VerdictWords;

/** A public promise over JSON, with how it was kept in the window asked for and the verdict in the caller's language. */
record PublicPromiseResponse(
        long id,
        String kind,
        String statement,
        Integer targetAmount,
        String targetUnit,
        String openingHours,
        String channel,
        List<String> publishedIn,
        boolean active,
        long version,
        String updatedBy,
        Instant updatedAt,
        Measured measurement) {

    /** The figures: {@code null} shares and times when there are too few occurrences to say. */
    record Measured(
            LocalDate from,
            LocalDate to,
            long measured,
            long kept,
            Integer keptPercent,
            Double median,
            Double p90,
            String unit,
            long notMeasured,
            boolean enoughData,
            String category,
            String verdict) {}

    record Page(LocalDate from, LocalDate to, long days, List<PublicPromiseResponse> items) {}

    static PublicPromiseResponse of(Measurement m, VerdictWords words, Locale locale) {
        PublicPromise p = m.promise();
        return new PublicPromiseResponse(
                p.id(),
                p.kind().name(),
                p.statement(),
                p.targetAmount(),
                p.targetUnit() == null ? null : p.targetUnit().name(),
                p.openingHours(),
                p.channel() == null ? null : p.channel().name(),
                p.publishedIn().stream().sorted().map(Enum::name).toList(),
                p.active(),
                p.version(),
                p.updatedBy(),
                p.updatedAt(),
                new Measured(
                        m.from(),
                        m.to(),
                        m.measured(),
                        m.kept(),
                        m.keptPercent(),
                        m.median(),
                        m.p90(),
                        p.targetUnit() == null ? null : p.targetUnit().name(),
                        m.notMeasured(),
                        m.enoughData(),
                        m.verdict().category().name(),
                        words.write(m.verdict(), locale)));
    }
}
