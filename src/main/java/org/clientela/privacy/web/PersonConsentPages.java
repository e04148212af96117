package org.clientela.privacy.web;

import org.clientela.customers.CustomerContacts;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.NotFoundException;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.sales.ProspectDirectory;
import org.clientela.sales.ProspectPanel;
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
 * The consents card of a prospect (on the prospect page, through the sales module's
 * {@link ProspectPanel}) and of a customer's contact person (a page of its own, reached from the
 * customer's consents card). The same card as the customer's; a seller reaches only their own
 * prospects, as on the sales pages.
 */
@Controller
class PersonConsentPages {

    static final String PROSPECT_PANEL = "/privacy/consents/prospects/";
    static final String CONTACT_PAGE = "/privacy/consents/contacts/";

    private final ConsentLedger ledger;
    private final CustomerContacts contacts;
    private final CustomerDirectory customers;
    private final ProspectDirectory prospects;

    PersonConsentPages(
            ConsentLedger ledger, CustomerContacts contacts, CustomerDirectory customers, ProspectDirectory prospects) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.customers = customers;
        this.prospects = prospects;
    }

    @Bean
    static ProspectPanel prospectConsentPanel() {
        return ProspectPanel.of("privacy-consents", "privacy.consent.panel.title", PROSPECT_PANEL, 10);
    }

    @GetMapping(PROSPECT_PANEL + "{id}")
    @PreAuthorize(ConsentRoles.READERS)
    String prospectPanel(@PathVariable long id, Model model) {
        prospects.findVisible(id).orElseThrow(() -> new NotFoundException("prospect", id));
        model.addAttribute("form", new ConsentForm());
        ConsentCard.show(ledger, Person.prospect(id), PROSPECT_PANEL + id, model);
        return ConsentCard.FRAGMENT;
    }

    @PostMapping(PROSPECT_PANEL + "{id}")
    @PreAuthorize(ConsentRoles.RECORDERS)
    String recordForProspect(
            @PathVariable long id,
            @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        ProspectDirectory.ProspectRef prospect =
                prospects.findWorkable(id).orElseThrow(() -> new NotFoundException("prospect", id));
        Person person = Person.prospect(id);
        boolean saved = ConsentCard.record(ledger, person, form, errors, authentication.getName());
        return answer(saved, htmx, person, "/sales/prospects/" + id, prospect.name(), null, model, redirect);
    }

    @GetMapping(CONTACT_PAGE + "{id}")
    @PreAuthorize(ConsentRoles.READERS)
    String contactPage(@PathVariable long id, Model model) {
        CustomerContacts.ContactRef contact = contact(id);
        model.addAttribute("form", new ConsentForm());
        page(contact, model);
        return "privacy/consent-page";
    }

    @PostMapping(CONTACT_PAGE + "{id}")
    @PreAuthorize(ConsentRoles.RECORDERS)
    String recordForContact(
            @PathVariable long id,
            @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        CustomerContacts.ContactRef contact = contact(id);
        Person person = Person.contact(id);
        boolean saved = ConsentCard.record(ledger, person, form, errors, authentication.getName());
        return answer(
                saved,
                htmx,
                person,
                "/customers/" + contact.customerId(),
                contact.name(),
                customerName(contact),
                model,
                redirect);
    }

    /**
     * After a post: the card again with the answer in it (htmx), without scripts the prospect page
     * or the contact's own page, or the form with its errors; {@code backUrl} is where the page's
     * name leads (the prospect, the contact's customer).
     */
    private String answer(
            boolean saved,
            String htmx,
            Person person,
            String backUrl,
            String name,
            String ofCustomer,
            Model model,
            RedirectAttributes redirect) {
        String action = (person.kind() == Person.Kind.PROSPECT ? PROSPECT_PANEL : CONTACT_PAGE) + person.id();
        if (saved && htmx == null) {
            redirect.addFlashAttribute("flash", "privacy.consent.saved");
            return "redirect:" + (person.kind() == Person.Kind.CONTACT ? action : backUrl);
        }
        if (saved) {
            model.addAttribute("form", new ConsentForm());
            model.addAttribute("saved", true);
        } else {
            model.addAttribute("formOpen", true);
        }
        ConsentCard.show(ledger, person, action, model);
        if (htmx != null) {
            return ConsentCard.FRAGMENT;
        }
        model.addAttribute("backUrl", backUrl);
        model.addAttribute("personName", name);
        model.addAttribute("ofCustomer", ofCustomer);
        return "privacy/consent-page";
    }

    private void page(CustomerContacts.ContactRef contact, Model model) {
        ConsentCard.show(ledger, Person.contact(contact.id()), CONTACT_PAGE + contact.id(), model);
        model.addAttribute("backUrl", "/customers/" + contact.customerId());
        model.addAttribute("personName", contact.name());
        model.addAttribute("ofCustomer", customerName(contact));
    }

    private String customerName(CustomerContacts.ContactRef contact) {
        return customers
                .find(contact.customerId())
                .map(CustomerDirectory.CustomerRef::name)
                .orElse(null);
    }

    private CustomerContacts.ContactRef contact(long id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }
}
