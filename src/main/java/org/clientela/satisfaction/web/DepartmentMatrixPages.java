package org.clientela.satisfaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clientela.satisfaction.internal.requests.DepartmentMatrix;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The department × department matrix on a page, for the last 90 days unless a period is chosen;
 * the hand-offs that hurt are listed above it, the worst first.
 */
@Controller
class DepartmentMatrixPages {

    static final int DEFAULT_DAYS = 90;

    private final DepartmentMatrix matrix;
    private final Clock clock;
    private final ZoneId zone;

    DepartmentMatrixPages(DepartmentMatrix matrix, Clock clock) {
        this.matrix = matrix;
        this.clock = clock;
        // The application's clock runs in the business's zone.
        this.zone = clock.getZone();
    }

    @GetMapping("/satisfaction/internal/matrix")
    @PreAuthorize(InternalRequestRoles.READERS)
    String matrix(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null || from.isAfter(end) ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (end.toEpochDay() - start.toEpochDay() > DepartmentMatrixApi.MAX_DAYS) {
            start = end.minusDays(DepartmentMatrixApi.MAX_DAYS);
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute(
                "matrix",
                matrix.between(
                        start.atStartOfDay(zone).toInstant(),
                        end.plusDays(1).atStartOfDay(zone).toInstant()));
        return "satisfaction/department-matrix";
    }
}
