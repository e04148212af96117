package org.clientela.service.web;

import java.security.Principal;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.UserProfiles;
import org.clientela.service.internal.letters.CaseFacts.CaseFact;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterAdvice;
import org.clientela.service.internal.letters.LetterCheck;
import org.clientela.service.internal.letters.LetterChecker;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.LetterRefused;
import org.clientela.service.internal.letters.LetterStateException;
import org.clientela.service.internal.letters.LetterStatus;
import org.clientela.service.internal.letters.LetterTemplates;
import org.clientela.service.internal.letters.Letters;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a letter: a new letter from a template on a case, the editor with its live checker, and
 * saving the words.
 */
@Controller
@RequestMapping("/service")
class LetterPages {

    private static final String EDITOR = "service/letters-editor";

    private final Letters letters;
    private final LetterAdvice advice;
    private final UserProfiles people;
    private final CustomerDirectory customers;
    private final LetterPageErrors refusals;

    LetterPages(
            Letters letters,
            LetterAdvice advice,
            UserProfiles people,
            CustomerDirectory customers,
            LetterPageErrors refusals) {
        this.letters = letters;
        this.advice = advice;
        this.people = people;
        this.customers = customers;
        this.refusals = refusals;
    }

    /** What the editor sends. */
    record LetterForm(String subject, String text, String language, LetterKind template, Long version) {}

    @GetMapping("/cases/{caseId}/letters/new")
    @PreAuthorize(ServiceRoles.WRITERS)
    String newLetter(
            @PathVariable long caseId,
            @RequestParam(defaultValue = "COMPLAINT_REPLY") LetterKind template,
            @RequestParam(defaultValue = "es") String language,
            Principal me,
            Model model) {
        String lang = LetterChecker.LANGUAGES.contains(language) ? language : "es";
        LetterTemplates.Draft draft = letters.fromTemplate(caseId, template, lang, me.getName());
        return newEditor(caseId, new LetterForm(draft.subject(), draft.text(), lang, template, null), Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/letters")
    @PreAuthorize(ServiceRoles.WRITERS)
    String create(@PathVariable long caseId, LetterForm form, Principal me, Model model, RedirectAttributes flash) {
        try {
            Letter letter =
                    letters.draft(caseId, form.template(), form.language(), form.subject(), form.text(), me.getName());
            flash.addFlashAttribute("flash", "service.letters.flash.drafted");
            return "redirect:/service/letters/" + letter.getId();
        } catch (InvalidInputException ex) {
            return newEditor(caseId, form, refusals.errors(ex), model);
        }
    }

    @GetMapping("/letters/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    String show(@PathVariable long id, Principal me, Model model) {
        Letter letter = letters.find(id);
        // What approving, sending or printing refused, put next to its field (see fieldErrors()).
        @SuppressWarnings("unchecked")
        Map<String, String> refused = model.getAttribute(LetterPageErrors.FIELD_ERRORS) instanceof Map<?, ?> m
                ? (Map<String, String>) m
                : Map.of();
        return editor(
                letter,
                new LetterForm(
                        letter.getSubject(),
                        letter.getText(),
                        letter.getLanguage(),
                        letter.getTemplate(),
                        letter.getVersion()),
                refused,
                me,
                model);
    }

    @PostMapping("/letters/{id}")
    @PreAuthorize(ServiceRoles.WRITERS)
    String save(@PathVariable long id, LetterForm form, Principal me, Model model, RedirectAttributes flash) {
        try {
            Letter before = letters.find(id);
            Letter after = letters.edit(id, form.version(), form.subject(), form.text());
            flash.addFlashAttribute(
                    "flash",
                    before.getStatus() == LetterStatus.APPROVED && after.getStatus() == LetterStatus.DRAFT
                            ? "service.letters.flash.savedNeedsApproval"
                            : "service.letters.flash.saved");
        } catch (InvalidInputException ex) {
            return editor(letters.find(id), form, refusals.errors(ex), me, model);
        } catch (OptimisticLockingFailureException ex) {
            flash.addFlashAttribute("letterError", refusals.text("service.letters.flash.conflict"));
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", refusals.text(ex.reason().messageKey(), ex.args()));
        } catch (LetterStateException ex) {
            flash.addFlashAttribute("letterError", refusals.text(ex.messageKey(), ex.messageArgs()));
        }
        return "redirect:/service/letters/" + id;
    }

    /**
     * The checker panel for the text being typed (htmx). On a saved, approved letter whose words have
     * not changed, the review still counts.
     */
    @PostMapping("/letters/check")
    @PreAuthorize(ServiceRoles.READERS)
    String checkPanel(
            @RequestParam String language,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Long letterId,
            Model model) {
        String lang = LetterChecker.LANGUAGES.contains(language) ? language : "es";
        LetterCheck check = letters.check(lang, text);
        if (letterId != null) {
            Letter letter = letters.find(letterId);
            if (letter.getText().equals(text.strip())) {
                check = letters.check(letter);
            }
        }
        model.addAttribute("steps", advice.describe(check, lang));
        return "service/letters-checker :: panel";
    }

    private String newEditor(long caseId, LetterForm form, Map<String, String> errors, Model model) {
        CaseFact fact = letters.caseOf(caseId);
        model.addAttribute("caseFact", fact);
        model.addAttribute("customer", customers.find(fact.customerId()).orElse(null));
        model.addAttribute("kinds", LetterKind.values());
        String lang = LetterChecker.LANGUAGES.contains(form.language()) ? form.language() : "es";
        return common(form, errors, advice.describe(letters.check(lang, nullToEmpty(form.text())), lang), model);
    }

    private String editor(Letter letter, LetterForm form, Map<String, String> errors, Principal me, Model model) {
        model.addAttribute("letter", letter);
        model.addAttribute("sentByName", people.displayName(letter.getSentBy()));
        model.addAttribute("authorName", people.displayName(letter.getAuthor()));
        model.addAttribute("approvedByName", people.displayName(letter.getApprovedBy()));
        model.addAttribute("history", letters.history(letter.getId()));
        model.addAttribute("customer", customers.find(letter.getCustomerId()).orElse(null));
        model.addAttribute("isAuthor", letter.getAuthor().equals(me.getName()));
        return common(form, errors, advice.describe(letters.check(letter), letter.getLanguage()), model);
    }

    private String common(LetterForm form, Map<String, String> errors, Object steps, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("steps", steps);
        model.addAttribute("canSendMail", letters.canSendMail());
        return EDITOR;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
