package org.clientela.service.internal.cases;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cases and promises under {@code clientela.service.*}.
 *
 * @param updateEveryDays          default cadence: tell the customer something every this many working days
 * @param holidays                 days off besides Saturdays and Sundays (working-day arithmetic skips them)
 * @param minExplanationLength     characters a decision against the customer must at least be explained with
 * @param contactMinFillSeconds    the public form filled faster than this is taken for a robot
 * @param contactMaxPerHour        public form submissions accepted per address and hour
 * @param dueSoonHours             a pending promise due within this many hours shows on "my day"
 */
@ConfigurationProperties("clientela.service")
public record CaseSettings(
        @DefaultValue("2") int updateEveryDays,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("80") int minExplanationLength,
        @DefaultValue("3") int contactMinFillSeconds,
        @DefaultValue("5") int contactMaxPerHour,
        @DefaultValue("24") int dueSoonHours) {

    public CaseSettings {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
