package org.clientela.service.web;

import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The response-time card of the case page (htmx): respond by …, resolve by …, and a warning when near or late. */
@Controller
class ResponseTimePages {

    private final Cases cases;
    private final ResponseTimes times;
    private final org.clientela.platform.Teams teams;

    ResponseTimePages(Cases cases, ResponseTimes times, org.clientela.platform.Teams teams) {
        this.cases = cases;
        this.times = times;
        this.teams = teams;
    }

    @GetMapping("/service/cases/{id}/response-times/card")
    @PreAuthorize(ServiceRoles.READERS)
    String card(@PathVariable long id, Model model) {
        var c = cases.get(id);
        model.addAttribute("c", c);
        model.addAttribute("clocks", times.of(c).orElse(null));
        return "service/response-times :: card";
    }

    /** "My day": my cases near or past their response-time target (htmx). */
    @GetMapping("/service/response-times/mine")
    @PreAuthorize(ServiceRoles.READERS)
    String mine(Model model) {
        model.addAttribute("atRisk", times.atRiskFor(org.clientela.platform.AuditLog.currentActor(), 20));
        return "service/response-times :: mine";
    }

    /** The figures page's on-time card per person and case type (htmx). */
    @GetMapping("/service/response-times/figures")
    @PreAuthorize(ServiceRoles.READERS)
    String figures(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "90") int days, Model model) {
        int window = Math.min(Math.max(days, 1), 3650);
        model.addAttribute("days", window);
        ResponseTimes.Figures figures = times.figures(window);
        model.addAttribute("figures", figures);
        java.util.Map<String, String> teamOf = teams.byUsername();
        model.addAttribute(
                "perTeam",
                teamOf.isEmpty()
                        ? java.util.List.of()
                        : org.clientela.service.internal.figures.TeamRollUp.onTime(figures.perPerson(), teamOf));
        return "service/response-times :: figures";
    }
}
