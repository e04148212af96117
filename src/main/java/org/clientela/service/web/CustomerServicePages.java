package org.clientela.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.HtmxReload;
import org.clientela.platform.InputError;
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
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
        model.addAttribute("alertForm", new AlertForm());
        return casesCard(customerId, model);
    }

    private String casesCard(long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("openCases", queries.openOf(customerId, 10));
        model.addAttribute("pending", promises.pendingOf(customerId, 10));
        model.addAttribute("routing", String.join(", ", routing.peopleFor(customerId)));
        return "service/panels :: cases";
    }

    /** What the alert form posts. */
    static final class AlertForm {

        private String body;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    /**
     * Puts up an alert. Through htmx (the card on the customer page) a refusal comes back in the card,
     * next to its field and with what was typed, and a saved alert reloads the page, whose banner
     * shows it; without htmx, a redirect to the customer page with the message.
     */
    @PostMapping("/service/customers/{customerId}/alerts")
    @PreAuthorize(ServiceRoles.WRITERS)
    String addAlert(
            @PathVariable long customerId,
            @ModelAttribute("alertForm") AlertForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        known(customerId);
        if (!errors.hasErrors()) {
            try {
                LocalDate until = form.getExpiresOn();
                alerts.add(
                        customerId,
                        form.getBody() == null ? "" : form.getBody(),
                        until == null
                                ? null
                                : until.plusDays(1)
                                        .atStartOfDay(settings.timeZone())
                                        .toInstant());
            } catch (InvalidInputException ex) {
                for (InputError error : ex.errors()) {
                    errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
                }
            }
        }
        if (errors.hasErrors()) {
            if (htmx != null) {
                model.addAttribute("alertOpen", true);
                return casesCard(customerId, model);
            }
            // Without htmx the message goes to the top of the page; a binding error is a control character.
            FieldError first = errors.getFieldError();
            String code = first == null ? null : first.getCode();
            redirect.addFlashAttribute(
                    "flashError",
                    code == null || code.startsWith("typeMismatch") ? "typeMismatch.java.lang.String" : code);
            return "redirect:/customers/" + customerId;
        }
        if (htmx != null) {
            HtmxReload.withMessage(request, response, "/customers/" + customerId, "flash", "service.alert.saved");
            return casesCard(customerId, model);
        }
        redirect.addFlashAttribute("flash", "service.alert.saved");
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
