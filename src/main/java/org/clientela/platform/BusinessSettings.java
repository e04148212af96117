package org.clientela.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings an admin may change on the settings page, read when they are used: the value
 * stored in the database, or, while none is, the value of application.properties. Every instance
 * sharing the database sees a change at once.
 */
public interface BusinessSettings {

    /** The business's time zone: what "today" is, and the times on the pages. */
    String TIME_ZONE = "business.time-zone";
    /** The currency of amounts that do not name one. */
    String CURRENCY = "business.currency";

    /**
     * The value of a setting, as text.
     *
     * @throws IllegalArgumentException when no module declares {@code key}
     */
    String value(String key);

    default int whole(String key) {
        return Integer.parseInt(value(key));
    }

    default double decimal(String key) {
        return new BigDecimal(value(key)).doubleValue();
    }

    default ZoneId timeZone() {
        return ZoneId.of(value(TIME_ZONE));
    }

    default Currency currency() {
        return Currency.getInstance(value(CURRENCY));
    }

    /** A setting of kind {@code DATES}: its days. */
    default Set<LocalDate> dates(String key) {
        return Arrays.stream(value(key).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A setting of kind {@code WEEK_HOURS}: the opening hours. */
    default WeekHours weekHours(String key) {
        return WeekHours.parse(value(key));
    }

    /** Fixed values, e.g. for a unit test. */
    static BusinessSettings of(Map<String, String> values) {
        return key -> {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No setting " + key);
            }
            return value;
        };
    }
}
