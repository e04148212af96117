package org.clientela.sales.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clientela.platform.CleanText;
import org.clientela.sales.internal.activities.ActivityKind;
import org.clientela.sales.internal.activities.ActivityTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a seller's week goes: minutes per kind of step and seller per ISO week, and the prospecting
 * minutes against the yardstick of about 22 hours a week. A seller sees their own weeks only.
 */
@RestController
@Validated
class ActivityTimeApi {

    private final ActivityTime time;

    ActivityTimeApi(ActivityTime time) {
        this.time = time;
    }

    record Week(
            LocalDate weekStart,
            String isoWeek,
            String seller,
            Map<ActivityKind, Long> minutesByKind,
            Map<ActivityKind, Long> stepsByKind,
            long prospectingMinutes,
            int yardstickMinutes,
            double shareOfYardstick) {}

    record Answer(LocalDate from, LocalDate to, String seller, int yardstickMinutes, List<Week> weeks) {}

    @GetMapping("/api/v1/sales/activity-time")
    @PreAuthorize(ActivityRoles.READERS)
    Answer weeks(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @CleanText(max = 64) String seller) {
        ActivityTime.Report report = time.weeks(from, to, seller);
        return new Answer(
                report.from(),
                report.to(),
                report.seller(),
                ActivityTime.YARDSTICK_MINUTES,
                report.weeks().stream()
                        .map(w -> new Week(
                                w.weekStart(),
                                "%d-W%02d"
                                        .formatted(
                                                w.weekStart().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                                                w.weekStart()
                                                        .get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                                w.seller(),
                                w.minutesByKind(),
                                w.stepsByKind(),
                                w.prospectingMinutes(),
                                ActivityTime.YARDSTICK_MINUTES,
                                Math.round(w.shareOfYardstick() * 10000) / 10000.0))
                        .toList());
    }
}
