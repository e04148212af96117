package org.clientela.satisfaction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.requests.DepartmentMatrix;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The department × department matrix over JSON, for a period of days (inclusive) in the business's zone. */
@RestController
@Tag(name = "Satisfaction: internal requests")
class DepartmentMatrixApi {

    /** The longest period asked at once. */
    static final int MAX_DAYS = 3 * 366;

    private final DepartmentMatrix matrix;
    private final ZoneId zone;

    DepartmentMatrixApi(DepartmentMatrix matrix, ClientelaSettings settings) {
        this.matrix = matrix;
        this.zone = settings.timeZone();
    }

    record Share(Double value, double low, double high, long count, long of) {}

    record CellResponse(
            String from,
            String to,
            long requests,
            Double medianFirstResponseMinutes,
            Share inTime,
            Share csat,
            boolean hurts) {}

    record MatrixResponse(LocalDate from, LocalDate to, List<String> departments, List<CellResponse> cells) {}

    @GetMapping("/api/v1/internal-requests/matrix")
    @PreAuthorize(InternalRequestRoles.READERS)
    @Operation(
            summary = "Per asking × serving department, requests made from..to (dates, inclusive): count, median "
                    + "first answer in opening minutes, share answered in time and CSAT (share of 4-5), each with "
                    + "its 95 % Wilson interval, and whether the hand-off hurts (interval below the goal)")
    MatrixResponse matrix(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException(InputError.field("to", "satisfaction.matrix.period.order"));
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new InvalidInputException(InputError.field("to", "satisfaction.matrix.period.long", MAX_DAYS));
        }
        var m = matrix.between(
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        return new MatrixResponse(
                from,
                to,
                m.departments(),
                m.cells().stream()
                        .map(c -> new CellResponse(
                                c.from(),
                                c.to(),
                                c.requests(),
                                c.medianFirstResponseMinutes(),
                                new Share(
                                        c.inTimeShare(),
                                        c.inTimeInterval().low(),
                                        c.inTimeInterval().high(),
                                        c.inTime(),
                                        c.measured()),
                                new Share(
                                        c.csat(),
                                        c.csatInterval().low(),
                                        c.csatInterval().high(),
                                        c.satisfied(),
                                        c.rated()),
                                c.hurts()))
                        .toList());
    }
}
