package org.clientela.privacy.web;

import org.clientela.customers.CustomerPanel;
import org.clientela.privacy.internal.consents.ConsentLedger;
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
 * The consents card of every kind of person, one pair of handlers for all ({@link ConsentSubjects}
 * says who each is and who may reach them): the grid of channels and purposes with what stands now
 * in words, a small form to record an answer (sent by htmx, which puts the card back with the
 * answer in it), the history folded below, and on a company's card (a customer's, a prospect's) a
 * line per contact person with what they said, leading to their own page. A customer's and a
 * prospect's card sit on their own page (as a {@link CustomerPanel}, a {@link ProspectPanel});
 * without scripts their form posts and returns there. A contact person's card is a page of its own.
 */
@Controller
class ConsentPages {

    static final String BASE = "/privacy/consents/";
    private static final String PATH = BASE + "{people:" + ConsentSubjects.People.PATTERN + "}/{id}";

    private final ConsentLedger ledger;
    private final ConsentSubjects subjects;

    ConsentPages(ConsentLedger ledger, ConsentSubjects subjects) {
        this.ledger = ledger;
        this.subjects = subjects;
    }

    @Bean
    static CustomerPanel consentPanel() {
        return CustomerPanel.of(
                "privacy-consents", "privacy.consent.panel.title", BASE + "customers/", CustomerPanel.Slot.MAIN, 70);
    }

    @Bean
    static ProspectPanel prospectConsentPanel() {
        return ProspectPanel.of("privacy-consents", "privacy.consent.panel.title", BASE + "prospects/", 10);
    }

    @GetMapping(PATH)
    @PreAuthorize(ConsentRoles.READERS)
    String show(@PathVariable String people, @PathVariable long id, Model model) {
        ConsentSubjects.Subject who = subjects.find(people, id, false);
        model.addAttribute("form", new ConsentForm());
        return render(who, who.kind().card, model);
    }

    @PostMapping(PATH)
    @PreAuthorize(ConsentRoles.RECORDERS)
    String record(
            @PathVariable String people,
            @PathVariable long id,
            @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        ConsentSubjects.Subject who = subjects.find(people, id, true);
        // A control character is a binding error of its field (the platform's net under every text).
        boolean saved = ConsentCard.record(ledger, who.person(), form, errors, authentication.getName());
        if (saved && htmx == null) {
            redirect.addFlashAttribute("flash", "privacy.consent.saved");
            return "redirect:" + (who.kind().card ? who.backUrl() : who.action());
        }
        if (saved) {
            model.addAttribute("form", new ConsentForm());
            model.addAttribute("saved", true);
        } else {
            model.addAttribute("formOpen", true);
        }
        return render(who, htmx != null, model);
    }

    /** The card alone ({@code fragment}), or on a page of its own that names whose it is. */
    private String render(ConsentSubjects.Subject who, boolean fragment, Model model) {
        ConsentCard.show(ledger, who.person(), who.action(), model);
        if (who.peopleOf() != null) {
            model.addAttribute("contacts", who.people());
            model.addAttribute("contactsBase", BASE + who.peopleOf().path + "/");
            model.addAttribute(
                    "contactStates",
                    ledger.recorded(
                            who.peopleOf().kind,
                            who.people().stream().map(ConsentSubjects.Line::id).toList()));
        }
        if (fragment) {
            return ConsentCard.FRAGMENT;
        }
        model.addAttribute("backUrl", who.backUrl());
        model.addAttribute("personName", who.name());
        model.addAttribute("ofCustomer", who.ofWhom());
        return "privacy/consent-page";
    }
}
