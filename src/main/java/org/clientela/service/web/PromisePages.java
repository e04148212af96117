package org.clientela.service.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.ListLinks;
import org.clientela.platform.Slice;
import org.clientela.platform.Teams;
import org.clientela.service.internal.figures.ServiceFigures;
import org.clientela.service.internal.figures.TeamRollUp;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseList;
import org.clientela.service.internal.promises.PromiseStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The promise ledger and the figures of service: broken-promise rates, lead times, call-backs, concessions. */
@Controller
class PromisePages {

    private static final int PAGE_SIZE = 25;

    private final PromiseList promises;
    private final ServiceFigures figures;
    private final CustomerDirectory directory;
    private final Teams teams;

    PromisePages(PromiseList promises, ServiceFigures figures, CustomerDirectory directory, Teams teams) {
        this.promises = promises;
        this.teams = teams;
        this.figures = figures;
        this.directory = directory;
    }

    @GetMapping("/service/promises")
    @PreAuthorize(ServiceRoles.READERS)
    String promises(
            @RequestParam(defaultValue = "PENDING") PromiseStatus status,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PromiseListQuery query = PromiseListQuery.of(status, days, owner, dir);
        String who = query.owner();
        int window = query.days();
        var rates = figures.promiseRates(window);
        ListLinks.Direction direction = query.direction();
        Slice<Promise> list = promises.list(status, who, direction, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("links", query.links());
        model.addAttribute("total", promises.count(status, who));
        Map<Long, CustomerDirectory.CustomerRef> names = directory.findAll(list.items().stream()
                .map(Promise::customerId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        model.addAttribute("status", status);
        model.addAttribute("owner", who);
        model.addAttribute("statuses", PromiseStatus.values());
        model.addAttribute("days", window);
        model.addAttribute("rates", rates);
        model.addAttribute("team", figures.teamRate(rates));
        Map<String, String> teamOf = teams.byUsername();
        // Per team only once somebody is in one: a business of three has no teams to compare.
        model.addAttribute(
                "teamRates", teamOf.isEmpty() ? java.util.List.of() : TeamRollUp.promiseRates(rates, teamOf));
        model.addAttribute("leadTimes", figures.leadTimes(window));
        model.addAttribute("callbacks", figures.callbacks(window));
        model.addAttribute("concessions", figures.concessions(window));
        model.addAttribute(
                "concessionTotal",
                figures.concessions(window).stream()
                        .map(ServiceFigures.ConcessionTotal::amount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("overdueUpdates", figures.overdueUpdates());
        model.addAttribute("list", list);
        model.addAttribute("names", names);
        return "service/promises";
    }
}
