package org.clientela.sales.web;

import java.util.List;
import org.clientela.sales.internal.figures.FigureScope;
import org.clientela.sales.internal.figures.KpiRow;
import org.clientela.sales.internal.figures.SalesFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales KPIs of a period per group ({@code from} included, {@code to} excluded, days in the
 * business's time zone; the last twelve months by default). Definitions: {@link SalesFigures}.
 */
@RestController
class KpiApi {

    private final SalesFigures figures;
    private final FigureParameters parameters;

    KpiApi(SalesFigures figures, FigureParameters parameters) {
        this.figures = figures;
        this.parameters = parameters;
    }

    record KpiPage(String from, String to, String groupBy, List<KpiRow> rows) {}

    @GetMapping("/api/v1/sales/kpis")
    @PreAuthorize(FigureParameters.READERS)
    KpiPage kpis(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            Authentication caller) {
        FigureParameters.Period period = parameters.period(from, to);
        var group = parameters.groupBy(groupBy);
        FigureScope scope = parameters.scope(period, null, null, null, caller);
        return new KpiPage(
                period.from().toString(), period.to().toString(), group.parameter(), figures.kpis(scope, group));
    }
}
