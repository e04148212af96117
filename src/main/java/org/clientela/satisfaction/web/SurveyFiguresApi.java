package org.clientela.satisfaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.surveys.SurveyFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NPS and CSAT with their intervals, sent, answered and the response rate, split by owner, team,
 * case type, mode or month; {@code total} is what every split adds up to.
 */
@RestController
class SurveyFiguresApi {

    private final SurveyFigures figures;
    private final Clock clock;

    SurveyFiguresApi(SurveyFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/v1/satisfaction/figures")
    @PreAuthorize(SatisfactionRoles.READERS)
    SurveyFigures.Figures figures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "mode") String groupBy) {
        Period period = Period.of(from, to, clock);
        return figures.figures(period.from(), period.to(), SurveyFigures.GroupBy.parse(groupBy));
    }

    /** A period of days, both included; by default the last twelve months to today. */
    record Period(LocalDate from, LocalDate to) {

        static Period of(String from, String to, Clock clock) {
            LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : day("to", to);
            LocalDate start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : day("from", from);
            return new Period(start, end);
        }

        private static LocalDate day(String field, String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException ex) {
                throw new InvalidInputException(InputError.field(field, "satisfaction.surveys.figures.day"));
            }
        }
    }
}
