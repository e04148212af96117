package org.clientela.privacy.web;

import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.StateConflict;
import org.clientela.privacy.internal.erasure.Anonymisations;
import org.clientela.privacy.internal.erasure.Blocking;
import org.clientela.privacy.internal.erasure.ErasureStep;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasure on the customer page: a card that says where the customer stands, and for admins the
 * actions "Bloquear" and "Anonimizar"; anonymising shows first what will change (the dry run) and
 * needs the customer's number typed to confirm, since it cannot be undone.
 */
@Controller
class ErasurePages {

    static final String PANEL_PATH = "/privacy/erasure/panel/";

    private final Anonymisations anonymisations;
    private final Blocking blocking;
    private final CustomerDirectory customers;

    ErasurePages(Anonymisations anonymisations, Blocking blocking, CustomerDirectory customers) {
        this.anonymisations = anonymisations;
        this.blocking = blocking;
        this.customers = customers;
    }

    @Bean
    static CustomerPanel erasurePanel() {
        return CustomerPanel.of(
                "privacy-erasure", "privacy.erasure.panel.title", PANEL_PATH, CustomerPanel.Slot.MAIN, 90);
    }

    @GetMapping(PANEL_PATH + "{id}")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("customerId", id);
        model.addAttribute("step", anonymisations.stepOf(id));
        return "privacy/erasure-panel :: panel";
    }

    @GetMapping("/privacy/erasure/customers/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.find(id).orElseThrow(() -> new NotFoundException("customer", id)));
        try {
            model.addAttribute("report", anonymisations.preview(id));
        } catch (StateConflict already) {
            model.addAttribute("already", true);
        }
        return "privacy/erasure";
    }

    @PostMapping("/privacy/erasure/customers/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String anonymise(
            @PathVariable long id,
            @RequestParam(required = false) String confirmation,
            Model model,
            RedirectAttributes redirect) {
        CustomerDirectory.CustomerRef customer =
                customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(customer.customerNumber())) {
            model.addAttribute("customer", customer);
            model.addAttribute("report", anonymisations.preview(id));
            model.addAttribute("confirmationError", true);
            model.addAttribute("confirmation", confirmation);
            return "privacy/erasure";
        }
        try {
            anonymisations.anonymise(id);
            redirect.addFlashAttribute("flash", "privacy.erasure.done");
        } catch (StateConflict already) {
            redirect.addFlashAttribute("flashError", "privacy.erasure.already");
        }
        return "redirect:/customers/" + id;
    }

    @PostMapping("/privacy/erasure/customers/{id}/block")
    @PreAuthorize("hasRole('ADMIN')")
    String block(@PathVariable long id, RedirectAttributes redirect) {
        try {
            blocking.block(id);
            redirect.addFlashAttribute("flash", "privacy.erasure.blocked");
        } catch (StateConflict already) {
            redirect.addFlashAttribute("flashError", "privacy.erasure.already");
        }
        return "redirect:/customers/" + id;
    }

    /** The steps, for the page's words. */
    static ErasureStep[] steps() {
        return ErasureStep.values();
    }
}
