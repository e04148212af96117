package org.clientela.service.web;

import org.clientela.platform.HomeCard;
import org.clientela.platform.Trend;
import org.clientela.service.internal.figures.ServiceHomeFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The service module's cards on the home page and their content (htmx fragments): promises due and
 * broken, and cases over their response target. Everyone who reads cases and promises (every role)
 * sees them.
 */
@Controller
@RequestMapping("/service/home")
@PreAuthorize(ServiceRoles.READERS)
class ServiceHomePages {

    private final ServiceHomeFigures figures;

    ServiceHomePages(ServiceHomeFigures figures) {
        this.figures = figures;
    }

    @Bean
    static HomeCard promisesHomeCard() {
        return HomeCard.of(
                "promises", "service.home.promises.title", "/service/home/promises", 50, HomeCard.everyone());
    }

    @Bean
    static HomeCard overTargetHomeCard() {
        return HomeCard.of(
                "over-target", "service.home.overTarget.title", "/service/home/over-target", 60, HomeCard.everyone());
    }

    @GetMapping("/promises")
    String promises(Model model) {
        ServiceHomeFigures.Promises p = figures.promises();
        model.addAttribute("p", p);
        model.addAttribute("trend", Trend.of(p.brokenRate(), p.previousBrokenRate(), false));
        return "service/home :: promises";
    }

    @GetMapping("/over-target")
    String overTarget(Model model) {
        ServiceHomeFigures.OverTarget o = figures.overTarget();
        model.addAttribute("o", o);
        model.addAttribute("trend", Trend.of(o.late(), o.lateBefore(), false));
        return "service/home :: overTarget";
    }
}
