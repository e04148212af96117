package org.clientela.sales.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.internal.figures.FigureScope;
import org.clientela.sales.internal.figures.GroupBy;
import org.clientela.sales.internal.figures.SalesFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funnel page (a tapered chart of the stages, the five KPIs with their intervals, a table by
 * group) and the funnel of one campaign, which the campaign page loads with htmx together with what
 * the customers it won bought in their first year.
 */
@Controller
class FunnelPages {

    private final SalesFigures figures;
    private final FigureParameters parameters;
    private final PurchaseFigures purchases;
    private final BusinessSettings settings;

    FunnelPages(
            SalesFigures figures, FigureParameters parameters, PurchaseFigures purchases, BusinessSettings settings) {
        this.figures = figures;
        this.parameters = parameters;
        this.purchases = purchases;
        this.settings = settings;
    }

    @GetMapping("/sales/funnel")
    @PreAuthorize(FigureParameters.READERS)
    String funnel(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) String seller,
            @RequestParam(required = false) String strategy,
            @RequestParam(required = false) String groupBy,
            Authentication caller,
            Model model) {
        Map<String, String> errors = new HashMap<>();
        FigureParameters.Period period = read(errors, () -> parameters.period(from, to), parameters.period(null, null));
        GroupBy group = read(errors, () -> parameters.groupBy(groupBy), GroupBy.SELLER);
        FigureScope scope = read(
                errors,
                () -> parameters.scope(period, campaignId, seller, strategy, caller),
                parameters.scope(period, campaignId, null, null, caller));
        model.addAttribute("errors", errors);
        model.addAttribute("period", period);
        model.addAttribute("filter", new Filter(campaignId, seller, strategy, group.parameter()));
        model.addAttribute("campaigns", figures.campaigns());
        model.addAttribute(
                "groupings",
                List.of(GroupBy.values()).stream().filter(g -> g != GroupBy.ALL).toList());
        model.addAttribute("funnel", figures.funnel(scope));
        SalesFigures.Table table = figures.table(scope, group);
        model.addAttribute("total", table.total());
        model.addAttribute("rows", table.rows());
        return "sales/funnel";
    }

    @GetMapping("/sales/campaigns/{id}/funnel")
    @PreAuthorize(FigureParameters.READERS)
    String campaignFunnel(@PathVariable long id, Authentication caller, Model model, Locale locale) {
        figures.campaignName(id).orElseThrow(() -> new NotFoundException("campaign", id));
        FigureScope all = parameters.scope(
                new FigureParameters.Period(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)),
                id,
                null,
                null,
                caller);
        FigureScope ever = new FigureScope(null, null, all.campaignId(), all.seller(), null);
        model.addAttribute("campaignId", id);
        model.addAttribute("funnel", figures.funnel(ever));
        model.addAttribute("total", figures.total(all));
        Map<Long, LocalDate> since = new HashMap<>();
        figures.wonCustomers(id)
                .forEach((customer, won) ->
                        since.put(customer, won.atZone(settings.timeZone()).toLocalDate()));
        model.addAttribute(
                "brought", purchases.firstYear(since, settings.currency().getCurrencyCode()));
        return "sales/campaign-funnel :: funnel";
    }

    /** The filters as the form shows them again. */
    record Filter(Long campaignId, String seller, String strategy, String groupBy) {}

    private static <T> T read(Map<String, String> errors, java.util.function.Supplier<T> reading, T fallback) {
        try {
            return reading.get();
        } catch (FigureParameterException e) {
            errors.put(e.parameter, e.messageKey);
            return fallback;
        }
    }
}
