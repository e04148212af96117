package org.clientela.privacy.web;

import java.util.List;
import org.clientela.customers.CustomerContacts;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.NotFoundException;
import org.clientela.privacy.internal.consents.ConsentLedger;
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
 * answer in it; without scripts the form posts and returns to the customer), the history folded
 * below, and a line per contact person with what they said, leading to their own consents.
 */
@Controller
class ConsentPages {

    static final String PANEL = "/privacy/consents/customers/";

    private final ConsentLedger ledger;
    private final CustomerDirectory customers;
    private final CustomerContacts contacts;

    ConsentPages(ConsentLedger ledger, CustomerDirectory customers, CustomerContacts contacts) {
        this.ledger = ledger;
        this.customers = customers;
        this.contacts = contacts;
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
        if (!ConsentCard.record(ledger, Person.customer(id), form, errors, authentication.getName())) {
            // A control character is a binding error of its field (the platform's net under every text).
            model.addAttribute("formOpen", true);
            show(id, model);
            if (htmx != null) {
                return ConsentCard.FRAGMENT;
            }
            model.addAttribute("backUrl", "/customers/" + id);
            model.addAttribute("personName", model.getAttribute("customerName"));
            return "privacy/consent-page";
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
        model.addAttribute("customerName", customer.name());
        ConsentCard.show(ledger, Person.customer(id), PANEL + id, model);
        List<CustomerContacts.ContactRef> people = contacts.of(id);
        model.addAttribute("contacts", people);
        model.addAttribute(
                "contactStates",
                ledger.recorded(
                        Person.Kind.CONTACT,
                        people.stream().map(CustomerContacts.ContactRef::id).toList()));
        return ConsentCard.FRAGMENT;
    }
}
