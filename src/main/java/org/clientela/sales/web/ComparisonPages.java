package org.clientela.sales.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.clientela.sales.internal.figures.GroupComparison;
import org.clientela.sales.internal.figures.SalesFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two groups side by side: top-down against bottom-up by default, or two campaigns, or two sellers. */
@Controller
class ComparisonPages {

    private final GroupComparison comparison;
    private final FigureParameters parameters;
    private final SalesFigures figures;

    ComparisonPages(GroupComparison comparison, FigureParameters parameters, SalesFigures figures) {
        this.comparison = comparison;
        this.parameters = parameters;
        this.figures = figures;
    }

    @GetMapping("/sales/comparison")
    @PreAuthorize(FigureParameters.READERS)
    String compare(
            @RequestParam(defaultValue = "strategy:TOP_DOWN") String a,
            @RequestParam(defaultValue = "strategy:BOTTOM_UP") String b,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Authentication caller,
            Locale locale,
            Model model) {
        Map<String, String> errors = new HashMap<>();
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("campaigns", figures.campaigns());
        model.addAttribute("errors", errors);
        try {
            FigureParameters.Period period = parameters.period(from, to);
            model.addAttribute("period", period);
            GroupComparison.Side sideA = parameters.side("a", a, period, caller, locale);
            GroupComparison.Side sideB = parameters.side("b", b, period, caller, locale);
            model.addAttribute("labelA", sideA.label());
            model.addAttribute("labelB", sideB.label());
            model.addAttribute("result", comparison.compare(sideA, sideB, locale));
        } catch (FigureParameterException e) {
            errors.put(e.parameter, e.messageKey);
            model.addAttribute("period", parameters.period(null, null));
        }
        return "sales/comparison";
    }
}
