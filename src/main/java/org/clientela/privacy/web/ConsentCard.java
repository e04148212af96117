package org.clientela.privacy.web;

import java.util.Arrays;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.ContactPermission.Purpose;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.privacy.internal.consents.ConsentSource;
import org.clientela.privacy.internal.consents.ConsentStatus;
import org.clientela.privacy.internal.consents.LegalBasis;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The consents card of any person (customer, contact person, prospect): what it shows and how its
 * form records, shared by the pages that put it on the customer page, the prospect page and a
 * contact person's own page.
 */
final class ConsentCard {

    static final String FRAGMENT = "privacy/consent-panel :: panel";
    private static final int HISTORY_ON_CARD = 20;

    private ConsentCard() {}

    /** Fills the card for {@code person}; its form posts to {@code action}. */
    static void show(ConsentLedger ledger, Person person, String action, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("grid", ledger.current(person));
        model.addAttribute("history", ledger.history(person, 0, HISTORY_ON_CARD));
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
        model.addAttribute("captionKey", "privacy.consent.person.caption." + person.kind());
        model.addAttribute("ruleKey", "privacy.consent.person.rule." + person.kind());
    }

    /**
     * Records the form's answer for {@code person}, or puts its errors next to their fields.
     *
     * @return whether it was recorded
     */
    static boolean record(ConsentLedger ledger, Person person, ConsentForm form, BindingResult errors, String actor) {
        try {
            if (!errors.hasErrors()) {
                ledger.record(person, ConsentApi.consent(form.body()), actor);
            }
        } catch (InvalidInputException ex) {
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
        }
        return !errors.hasErrors();
    }
}
