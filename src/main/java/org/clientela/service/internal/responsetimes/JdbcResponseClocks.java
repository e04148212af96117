package org.clientela.service.internal.responsetimes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.CaseType;
import org.clientela.service.ResponseClocks;
import org.clientela.service.internal.calendar.BusinessDays;
import org.clientela.service.internal.cases.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ResponseClocks} read from the targets' table and the calendar of the settings page as it is now. */
@Component
class JdbcResponseClocks implements ResponseClocks {

    private final JdbcClient jdbc;
    private final ResponseTimes times;
    private final BusinessSettings settings;

    JdbcResponseClocks(JdbcClient jdbc, ResponseTimes times, BusinessSettings settings) {
        this.jdbc = jdbc;
        this.times = times;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Targets> targetsFor(CaseType type, String priority) {
        return jdbc.sql("""
                SELECT first_response_hours, resolution_hours FROM service_response_target
                WHERE case_type = :type AND priority = :priority""")
                .param("type", type.name())
                .param("priority", Priority.valueOf(priority).name())
                .query((rs, n) -> new Targets(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    @Override
    public Instant afterOpeningHours(Instant start, int hours) {
        return times.businessHours().plus(start, Duration.ofHours(hours));
    }

    @Override
    public Duration openingTimeBetween(Instant from, Instant to) {
        return times.businessHours().between(from, to);
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate day, int days) {
        BusinessDays calendar = BusinessDays.of(settings);
        LocalDate at = day;
        for (int left = days; left > 0; ) {
            at = at.plusDays(1);
            if (calendar.isWorkingDay(at)) {
                left--;
            }
        }
        return at;
    }
}
