package org.clientela.privacy.web;

import java.util.Arrays;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.privacy.internal.consents.ConsentSource;
import org.clientela.privacy.internal.consents.ConsentStatus;
import org.clientela.privacy.internal.consents.LegalBasis;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consents card on the customer page: the grid of channels and purposes with what stands now
 * in words, a small form to record an answer (sent by htmx, which puts the card back with the
 * answer in it; without scripts the form posts and returns to the customer), and the history
 * folded below.
 */
@Controller
class ConsentPages {

    static final String PANEL = "/privacy/consents/customers/";
    private static final int HISTORY_ON_CARD = 20;

    private final ConsentLedger ledger;
    private final CustomerDirectory customers;

    ConsentPages(ConsentLedger ledger, CustomerDirectory customers) {
        this.ledger = ledger;
        this.customers = customers;
    }

    @Bean
    static CustomerPanel consentPanel() {
        return CustomerPanel.of("privacy-consents", "privacy.consent.panel.title", PANEL, CustomerPanel.Slot.MAIN, 70);
    }

    @GetMapping(PANEL + "{id}")
    @PreAuthorize(ConsentRoles.READERS)
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("form", new ConsentForm());
        return show(id, model);
    }

    @PostMapping(PANEL + "{id}")
    @PreAuthorize(ConsentRoles.RECORDERS)
    String record(
            @PathVariable long id,
            @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (!errors.hasErrors()) {
                ledger.record(id, ConsentApi.consent(form.body()), authentication.getName());
            }
        } catch (InvalidInputException ex) {
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
        }
        if (errors.hasErrors()) {
            // A control character is a binding error of its field (the platform's net under every text).
            model.addAttribute("formOpen", true);
            show(id, model);
            return htmx != null ? "privacy/consent-panel :: panel" : "privacy/consent-page";
        }
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "privacy.consent.saved");
            return "redirect:/customers/" + id;
        }
        model.addAttribute("form", new ConsentForm());
        model.addAttribute("saved", true);
        return show(id, model);
    }

    private String show(long id, Model model) {
        CustomerDirectory.CustomerRef customer =
                customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        model.addAttribute("customer", customer);
        model.addAttribute("grid", ledger.current(id));
        model.addAttribute("history", ledger.history(id, 0, HISTORY_ON_CARD));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute(
                "statuses",
                Arrays.stream(ConsentStatus.values())
                        .filter(ConsentStatus::recordable)
                        .toList());
        model.addAttribute(
                "sources",
                Arrays.stream(ConsentSource.values())
                        .filter(ConsentSource::recordable)
                        .toList());
        model.addAttribute("bases", LegalBasis.values());
        return "privacy/consent-panel :: panel";
    }
}
