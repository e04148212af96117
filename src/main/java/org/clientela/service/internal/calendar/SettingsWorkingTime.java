package org.clientela.service.internal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.WorkingTime;
import org.springframework.stereotype.Component;

/** {@link WorkingTime} read from the settings page on every call, so a changed holiday counts at once. */
@Component
class SettingsWorkingTime implements WorkingTime {

    private final BusinessSettings settings;

    SettingsWorkingTime(BusinessSettings settings) {
        this.settings = settings;
    }

    @Override
    public Instant afterWorkingHours(Instant from, Duration hours) {
        return BusinessHours.of(settings).plus(from, hours);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return BusinessHours.of(settings).isOpenDay(day);
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate day, int days) {
        BusinessHours hours = BusinessHours.of(settings);
        LocalDate at = day;
        int guard = 0;
        while (!hours.isOpenDay(at)) {
            at = at.plusDays(1);
            if (++guard > 3660) {
                throw new IllegalStateException("No working day within ten years");
            }
        }
        for (int left = days; left > 0; ) {
            at = at.plusDays(1);
            if (hours.isOpenDay(at)) {
                left--;
            }
        }
        return at;
    }

    @Override
    public ZoneId zone() {
        return settings.timeZone();
    }
}
