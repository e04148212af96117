package org.clientela.service.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.CaseFacts.CaseFact;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterAdvice;
import org.clientela.service.internal.letters.LetterCheck;
import org.clientela.service.internal.letters.LetterChecker;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.LetterList;
import org.clientela.service.internal.letters.LetterPdf;
import org.clientela.service.internal.letters.LetterRefused;
import org.clientela.service.internal.letters.LetterStatus;
import org.clientela.service.internal.letters.LetterTemplates;
import org.clientela.service.internal.letters.Letters;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The letters pages: the lists (awaiting my approval, my drafts, sent), a new letter from a
 * template on a case, the editor with its live checker, approving, sending and the printable PDF.
 */
@Controller
@RequestMapping("/service")
class LetterPagesController {

    private static final int PAGE_SIZE = 25;
    private static final String EDITOR = "service/letters-editor";

    private final Letters letters;
    private final LetterList list;
    private final LetterAdvice advice;
    private final LetterPdf pdf;
    private final CustomerDirectory customers;
    private final MessageSource messages;

    LetterPagesController(Letters letters, LetterList list, LetterAdvice advice, LetterPdf pdf,
            CustomerDirectory customers, MessageSource messages) {
        this.letters = letters;
        this.list = list;
        this.advice = advice;
        this.pdf = pdf;
        this.customers = customers;
        this.messages = messages;
    }

    /** What the editor sends. */
    record LetterForm(String subject, String text, String language, LetterKind template, Long version) {
    }

    @GetMapping("/letters")
    @PreAuthorize(LetterApiController.READERS)
    String list(@RequestParam(defaultValue = "AWAITING_MY_APPROVAL") LetterList.View view,
            @RequestParam(defaultValue = "NEWEST") String sort, @RequestParam(defaultValue = "0") int page,
            Principal me, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("views", LetterList.View.values());
        model.addAttribute("sort", "OLDEST".equals(sort) ? "OLDEST" : "NEWEST");
        model.addAttribute("results", list.list(view, me.getName(), "OLDEST".equals(sort), Math.max(0, page),
                PAGE_SIZE));
        model.addAttribute("total", list.count(view, me.getName()));
        return "service/letters";
    }

    /** The letters card of the case page (loaded by htmx): the case's letters and how to write one. */
    @GetMapping("/cases/{caseId}/letters")
    @PreAuthorize(LetterApiController.READERS)
    String ofCase(@PathVariable long caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseLetters", list.ofCase(caseId));
        model.addAttribute("kinds", LetterKind.values());
        return "service/letters-of-case :: card";
    }

    @GetMapping("/cases/{caseId}/letters/new")
    @PreAuthorize(LetterApiController.WRITERS)
    String newLetter(@PathVariable long caseId, @RequestParam(defaultValue = "COMPLAINT_REPLY") LetterKind template,
            @RequestParam(defaultValue = "es") String language, Principal me, Model model) {
        String lang = LetterChecker.LANGUAGES.contains(language) ? language : "es";
        LetterTemplates.Draft draft = letters.fromTemplate(caseId, template, lang, me.getName());
        return newEditor(caseId, new LetterForm(draft.subject(), draft.text(), lang, template, null), Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/letters")
    @PreAuthorize(LetterApiController.WRITERS)
    String create(@PathVariable long caseId, LetterForm form, Principal me, Model model, RedirectAttributes flash) {
        try {
            Letter letter = letters.draft(caseId, form.template(), form.language(), form.subject(), form.text(),
                    me.getName());
            flash.addFlashAttribute("flash", "letters.flash.drafted");
            return "redirect:/service/letters/" + letter.getId();
        } catch (InvalidInputException ex) {
            return newEditor(caseId, form, errors(ex), model);
        }
    }

    @GetMapping("/letters/{id}")
    @PreAuthorize(LetterApiController.READERS)
    String show(@PathVariable long id, Principal me, Model model) {
        Letter letter = letters.find(id);
        return editor(letter, new LetterForm(letter.getSubject(), letter.getText(), letter.getLanguage(),
                letter.getTemplate(), letter.getVersion()), Map.of(), me, model);
    }

    @PostMapping("/letters/{id}")
    @PreAuthorize(LetterApiController.WRITERS)
    String save(@PathVariable long id, LetterForm form, Principal me, Model model, RedirectAttributes flash) {
        try {
            Letter before = letters.find(id);
            Letter after = letters.edit(id, form.version(), form.subject(), form.text());
            flash.addFlashAttribute("flash", before.getStatus() == LetterStatus.APPROVED
                    && after.getStatus() == LetterStatus.DRAFT ? "letters.flash.savedNeedsApproval"
                            : "letters.flash.saved");
        } catch (InvalidInputException ex) {
            return editor(letters.find(id), form, errors(ex), me, model);
        } catch (OptimisticLockingFailureException ex) {
            flash.addFlashAttribute("letterError", text("letters.flash.conflict"));
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", text(ex.reason().messageKey(), ex.args()));
        }
        return "redirect:/service/letters/" + id;
    }

    @PostMapping("/letters/{id}/approve")
    @PreAuthorize(LetterApiController.WRITERS)
    String approve(@PathVariable long id, Principal me, RedirectAttributes flash) {
        try {
            letters.approve(id, me.getName());
            flash.addFlashAttribute("flash", "letters.flash.approved");
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", text(ex.reason().messageKey(), ex.args()));
        }
        return "redirect:/service/letters/" + id;
    }

    @PostMapping("/letters/{id}/send")
    @PreAuthorize(LetterApiController.WRITERS)
    String send(@PathVariable long id, RedirectAttributes flash) {
        try {
            letters.send(id);
            flash.addFlashAttribute("flash", "letters.flash.sent");
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", text(ex.reason().messageKey(), ex.args()));
        } catch (InvalidInputException ex) {
            InputError error = ex.errors().get(0);
            flash.addFlashAttribute("letterError", text(error.messageKey(), error.args()));
        }
        return "redirect:/service/letters/" + id;
    }

    /**
     * The checker panel for the text being typed (htmx). On a saved, approved letter whose words have
     * not changed, the review still counts.
     */
    @PostMapping("/letters/check")
    @PreAuthorize(LetterApiController.READERS)
    String checkPanel(@RequestParam String language, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Long letterId, Model model) {
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

    @GetMapping("/letters/{id}.pdf")
    @PreAuthorize(LetterApiController.READERS)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Letter letter = letters.find(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("letter-" + id + ".pdf").build().toString())
                .body(pdf.render(letter));
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

    private Map<String, String> errors(InvalidInputException ex) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.errors().forEach(e -> errors.putIfAbsent(e.field(), text(e.messageKey(), e.args())));
        return errors;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
