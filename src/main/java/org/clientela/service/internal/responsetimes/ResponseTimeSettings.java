package org.clientela.service.internal.responsetimes;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The opening hours response-time targets count in, under {@code clientela.service.*}.
 *
 * @param openingHours days and hours open, e.g. {@code MON-FRI 09:00-18:00}
 * @param holidays     days closed (the same setting working-day arithmetic uses)
 * @param warnShare    warn when no more than this share of a target's time is left (0.25 = 25 %)
 */
@ConfigurationProperties("clientela.service")
public record ResponseTimeSettings(
        @DefaultValue("MON-FRI 09:00-18:00") String openingHours,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("0.25") double warnShare) {

    public ResponseTimeSettings {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
