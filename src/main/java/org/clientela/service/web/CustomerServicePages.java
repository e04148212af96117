package org.clientela.service.web;

import java.time.LocalDate;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.service.CaseType;
import org.clientela.service.internal.cases.Alerts;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.Routing;
import org.clientela.service.internal.promises.PromiseList;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service on the customer page: the banner everybody sees (alerts, "open complaint: do not make them repeat
 * the story", broken promises), the card of open cases and pending promises, and the forms that
 * put up alerts and routing rules.
 */
@Controller
class CustomerServicePages {

    private final Alerts alerts;
    private final Routing routing;
    private final CaseList queries;
    private final PromiseList promises;
    private final CustomerDirectory directory;
    private final BusinessSettings settings;

    CustomerServicePages(
            Alerts alerts,
            Routing routing,
            CaseList queries,
            PromiseList promises,
            CustomerDirectory directory,
            BusinessSettings settings) {
        this.alerts = alerts;
        this.routing = routing;
        this.queries = queries;
        this.promises = promises;
        this.directory = directory;
        this.settings = settings;
    }

    /** The banner, on the customer page and on each of the customer's cases. */
    @GetMapping("/service/panels/banner/{customerId}")
    @PreAuthorize(ServiceRoles.READERS)
    String banner(@PathVariable long customerId, Model model) {
        var open = queries.openOf(customerId, 20);
        model.addAttribute("customerId", customerId);
        model.addAttribute("alerts", alerts.current(customerId));
        model.addAttribute(
                "openComplaints",
                open.stream().filter(c -> c.type() == CaseType.COMPLAINT).toList());
        model.addAttribute("broken", promises.brokenCount(customerId));
        model.addAttribute("routing", routing.peopleFor(customerId));
        return "service/panels :: banner";
    }

    /** The card of open cases and pending promises. */
    @GetMapping("/service/panels/cases/{customerId}")
    @PreAuthorize(ServiceRoles.READERS)
    String cases(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("openCases", queries.openOf(customerId, 10));
        model.addAttribute("pending", promises.pendingOf(customerId, 10));
        model.addAttribute("routing", String.join(", ", routing.peopleFor(customerId)));
        return "service/panels :: cases";
    }

    @PostMapping("/service/customers/{customerId}/alerts")
    @PreAuthorize(ServiceRoles.WRITERS)
    String addAlert(
            @PathVariable long customerId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes redirect) {
        known(customerId);
        try {
            alerts.add(
                    customerId,
                    body,
                    expiresOn == null
                            ? null
                            : expiresOn
                                    .plusDays(1)
                                    .atStartOfDay(settings.timeZone())
                                    .toInstant());
            redirect.addFlashAttribute("flash", "service.alert.saved");
        } catch (InvalidInputException ex) {
            redirect.addFlashAttribute("flashError", ex.errors().get(0).messageKey());
        }
        return "redirect:/customers/" + customerId;
    }

    @PostMapping("/service/customers/{customerId}/alerts/{alertId}/remove")
    @PreAuthorize(ServiceRoles.WRITERS)
    String removeAlert(@PathVariable long customerId, @PathVariable long alertId, RedirectAttributes redirect) {
        alerts.remove(customerId, alertId);
        redirect.addFlashAttribute("flash", "service.alert.removed");
        return "redirect:/customers/" + customerId;
    }

    @PostMapping("/service/customers/{customerId}/routing")
    @PreAuthorize(ServiceRoles.WRITERS)
    String route(
            @PathVariable long customerId,
            @RequestParam(defaultValue = "") String usernames,
            RedirectAttributes redirect) {
        known(customerId);
        try {
            routing.route(customerId, usernames);
        } catch (InvalidInputException ex) {
            redirect.addFlashAttribute("flashError", "service.routing.invalid");
            return "redirect:/customers/" + customerId;
        }
        redirect.addFlashAttribute("flash", "service.routing.saved");
        return "redirect:/customers/" + customerId;
    }

    private void known(long customerId) {
        if (directory.find(customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId);
        }
    }
}
