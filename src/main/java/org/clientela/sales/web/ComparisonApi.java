package org.clientela.sales.web;

import java.util.Locale;
import org.clientela.sales.internal.figures.GroupComparison;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two groups compared KPI by KPI ({@code a} and {@code b}: {@code strategy:TOP_DOWN|BOTTOM_UP},
 * {@code campaign:ID}, {@code seller:USERNAME}), each with the difference, its interval and the
 * verdict in the request's language.
 */
@RestController
class ComparisonApi {

    private final GroupComparison comparison;
    private final FigureParameters parameters;

    ComparisonApi(GroupComparison comparison, FigureParameters parameters) {
        this.comparison = comparison;
        this.parameters = parameters;
    }

    @GetMapping("/api/v1/sales/comparison")
    @PreAuthorize(FigureParameters.READERS)
    GroupComparison.Result compare(
            @RequestParam(required = false) String a,
            @RequestParam(required = false) String b,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Authentication caller,
            Locale locale) {
        FigureParameters.Period period = parameters.period(from, to);
        return comparison.compare(
                parameters.side("a", a, period, caller, locale),
                parameters.side("b", b, period, caller, locale),
                locale);
    }
}
