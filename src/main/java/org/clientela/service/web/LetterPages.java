package org.clientela.service.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.CsvExport;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.UserProfiles;
import org.clientela.service.internal.letters.CaseFacts.CaseFact;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterAdvice;
import org.clientela.service.internal.letters.LetterCheck;
import org.clientela.service.internal.letters.LetterChecker;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.LetterList;
import org.clientela.service.internal.letters.LetterPdf;
import org.clientela.service.internal.letters.LetterRefused;
import org.clientela.service.internal.letters.LetterStateException;
import org.clientela.service.internal.letters.LetterStatus;
import org.clientela.service.internal.letters.LetterTemplates;
import org.clientela.service.internal.letters.Letters;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The letters pages: the lists (awaiting my approval, my drafts, sent), a new letter from a
 * template on a case, the editor with its live checker, approving, sending and the printable PDF.
 */
@Controller
@RequestMapping("/service")
class LetterPages {

    private static final int PAGE_SIZE = 25;
    private static final String EDITOR = "service/letters-editor";
    private static final String FIELD_ERRORS = "fieldErrors";
    /** Which print a PDF is: ORIGINAL (the one sent by post), DRAFT, PREVIEW or COPY. */
    static final String PRINT_HEADER = "Clientela-Print";
    /** The columns of the letters export. */
    static final String[] EXPORT_HEADER = {"letter_id", "case_id", "customer_id", "customer_name", "subject",
        "language", "author", "status", "approved_by", "updated_at", "sent_to"};

    private final Letters letters;
    private final LetterList list;
    private final LetterAdvice advice;
    private final UserProfiles people;
    private final CustomerDirectory customers;
    private final MessageSource messages;

    LetterPages(Letters letters, LetterList list, LetterAdvice advice, UserProfiles people,
            CustomerDirectory customers, MessageSource messages) {
        this.letters = letters;
        this.list = list;
        this.advice = advice;
        this.people = people;
        this.customers = customers;
        this.messages = messages;
    }

    /** What the editor sends. */
    record LetterForm(String subject, String text, String language, LetterKind template, Long version) {
    }

    @GetMapping("/letters")
    @PreAuthorize(LetterApi.READERS)
    String list(@RequestParam(defaultValue = "AWAITING_MY_APPROVAL") LetterList.View view,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page, Principal me, Model model) {
        ListLinks links = links(view, sort, dir);
        LetterList.Column column = LetterList.Column.parse(links.sort());
        model.addAttribute("view", view);
        model.addAttribute("views", LetterList.View.values());
        model.addAttribute("links", links);
        model.addAttribute("results", list.list(view, me.getName(), column, links.direction(), Math.max(0, page),
                PAGE_SIZE));
        model.addAttribute("total", list.count(view, me.getName()));
        return "service/letters";
    }

    /** Exactly the rows the list shows with the same parameters: every page, in the list's order. */
    @GetMapping("/letters/export.csv")
    @PreAuthorize(LetterApi.READERS)
    void export(@RequestParam(defaultValue = "AWAITING_MY_APPROVAL") LetterList.View view,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Principal me, HttpServletResponse response) throws IOException {
        ListLinks links = links(view, sort, dir);
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("cartas.csv"));
        try (CsvExport csv = CsvExport.start(response.getOutputStream(), EXPORT_HEADER)) {
            list.forEach(view, me.getName(), LetterList.Column.parse(links.sort()), links.direction(),
                    l -> csv.row(String.valueOf(l.id()), String.valueOf(l.caseId()), String.valueOf(l.customerId()),
                            l.customerName(), l.subject(), l.language(), l.author(), l.status().name(),
                            l.approvedBy(), l.updatedAt().toString(), l.sentTo()));
        }
    }

    /**
     * The list's links: newest change first unless the URL sorts by a column; the old
     * {@code sort=OLDEST|NEWEST} addresses still mean the last change's date.
     */
    private static ListLinks links(LetterList.View view, String sort, String dir) {
        LetterList.Column column = LetterList.Column.parse(sort);
        ListLinks.Direction direction = column != null ? ListLinks.Direction.of(dir)
                : "OLDEST".equalsIgnoreCase(sort) ? ListLinks.Direction.ASC : ListLinks.Direction.DESC;
        return ListLinks.of("/service/letters", (column == null ? LetterList.Column.UPDATED : column).param(),
                direction).with("view", view);
    }

    /** The letters card of the case page (loaded by htmx): the case's letters and how to write one. */
    @GetMapping("/cases/{caseId}/letters")
    @PreAuthorize(LetterApi.READERS)
    String ofCase(@PathVariable long caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseLetters", list.ofCase(caseId));
        model.addAttribute("kinds", LetterKind.values());
        return "service/letters-of-case :: card";
    }

    @GetMapping("/cases/{caseId}/letters/new")
    @PreAuthorize(LetterApi.WRITERS)
    String newLetter(@PathVariable long caseId, @RequestParam(defaultValue = "COMPLAINT_REPLY") LetterKind template,
            @RequestParam(defaultValue = "es") String language, Principal me, Model model) {
        String lang = LetterChecker.LANGUAGES.contains(language) ? language : "es";
        LetterTemplates.Draft draft = letters.fromTemplate(caseId, template, lang, me.getName());
        return newEditor(caseId, new LetterForm(draft.subject(), draft.text(), lang, template, null), Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/letters")
    @PreAuthorize(LetterApi.WRITERS)
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
    @PreAuthorize(LetterApi.READERS)
    String show(@PathVariable long id, Principal me, Model model) {
        Letter letter = letters.find(id);
        // What approving, sending or printing refused, put next to its field (see fieldErrors()).
        @SuppressWarnings("unchecked")
        Map<String, String> refused = model.getAttribute(FIELD_ERRORS) instanceof Map<?, ?> m
                ? (Map<String, String>) m : Map.of();
        return editor(letter, new LetterForm(letter.getSubject(), letter.getText(), letter.getLanguage(),
                letter.getTemplate(), letter.getVersion()), refused, me, model);
    }

    @PostMapping("/letters/{id}")
    @PreAuthorize(LetterApi.WRITERS)
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
        } catch (LetterStateException ex) {
            flash.addFlashAttribute("letterError", text(ex.messageKey(), ex.messageArgs()));
        }
        return "redirect:/service/letters/" + id;
    }

    @PostMapping("/letters/{id}/approve")
    @PreAuthorize(LetterApi.WRITERS)
    String approve(@PathVariable long id, Principal me, RedirectAttributes flash) {
        try {
            letters.approve(id, me.getName());
            flash.addFlashAttribute("flash", "letters.flash.approved");
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", text(ex.reason().messageKey(), ex.args()));
        } catch (LetterStateException ex) {
            flash.addFlashAttribute("letterError", text(ex.messageKey(), ex.messageArgs()));
        } catch (InvalidInputException ex) {
            flash.addFlashAttribute(FIELD_ERRORS, errors(ex));
        }
        return "redirect:/service/letters/" + id;
    }

    @PostMapping("/letters/{id}/send")
    @PreAuthorize(LetterApi.WRITERS)
    String send(@PathVariable long id, Principal me, RedirectAttributes flash) {
        try {
            letters.send(id, me.getName());
            flash.addFlashAttribute("flash", "letters.flash.sent");
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", text(ex.reason().messageKey(), ex.args()));
        } catch (LetterStateException ex) {
            flash.addFlashAttribute("letterError", text(ex.messageKey(), ex.messageArgs()));
        } catch (InvalidInputException ex) {
            Map<String, String> onFields = fieldErrors(ex);
            if (onFields.isEmpty()) {
                InputError error = ex.errors().get(0);
                flash.addFlashAttribute("letterError", text(error.messageKey(), error.args()));
            } else {
                flash.addFlashAttribute(FIELD_ERRORS, onFields);
            }
        }
        return "redirect:/service/letters/" + id;
    }

    /**
     * The checker panel for the text being typed (htmx). On a saved, approved letter whose words have
     * not changed, the review still counts.
     */
    @PostMapping("/letters/check")
    @PreAuthorize(LetterApi.READERS)
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

    /**
     * The letter as a PDF to look at; it changes nothing, so it is never the clean original: a draft
     * says BORRADOR / DRAFT, an approved letter VISTA PREVIA / PREVIEW, a sent one COPIA / COPY.
     */
    @GetMapping("/letters/{id}.pdf")
    @PreAuthorize(LetterApi.READERS)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdfFile(letters.preview(id));
    }

    /**
     * Prints the letter: the first print of an approved letter sends it by post (the clean
     * original, recorded once); later prints are copies, a draft's print is marked as such. A
     * letter with spots left in brackets goes back to its page with the message next to the text.
     */
    @PostMapping("/letters/{id}/print")
    @PreAuthorize(LetterApi.WRITERS)
    ResponseEntity<byte[]> print(@PathVariable long id, Principal me, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return pdfFile(letters.print(id, me.getName()));
        } catch (InvalidInputException ex) {
            String page = "/service/letters/" + id;
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put(FIELD_ERRORS, errors(ex));
            RequestContextUtils.saveOutputFlashMap(page, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(request.getContextPath() + page)).build();
        }
    }

    static ResponseEntity<byte[]> pdfFile(Letters.Printed printed) {
        String name = "letter-" + printed.letter().getId()
                + (printed.mark() == LetterPdf.Mark.NONE ? "" : "-" + printed.mark().name().toLowerCase(Locale.ROOT))
                + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header(PRINT_HEADER, printed.mark() == LetterPdf.Mark.NONE ? "ORIGINAL" : printed.mark().name())
                .body(printed.pdf());
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

    /** The errors of {@code ex} that belong next to the subject or the text. */
    private Map<String, String> fieldErrors(InvalidInputException ex) {
        Map<String, String> errors = errors(ex);
        errors.keySet().retainAll(java.util.Set.of("subject", "text"));
        return errors;
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
