package org.clientela.service.web;

import java.time.Instant;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.PromiseKind;
import org.clientela.service.Resolution;
import org.clientela.service.internal.cases.CaseStateException;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.ConcessionKind;
import org.clientela.service.internal.cases.NoteKind;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.promises.PromiseLedger;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done on a case from its page: a note, a concession, a promise, its resolution and the
 * moves of its life (take in hand, close, reopen). A refused action shows the case page again with
 * what was typed.
 */
@Controller
@RequestMapping("/service/cases")
class CaseActionPages {

    private final Cases cases;
    private final PromiseLedger ledger;
    private final BusinessSettings settings;
    private final CasePageView page;

    CaseActionPages(Cases cases, PromiseLedger ledger, BusinessSettings settings, CasePageView page) {
        this.cases = cases;
        this.ledger = ledger;
        this.settings = settings;
        this.page = page;
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ServiceRoles.WRITERS)
    String note(
            @PathVariable long id,
            @ModelAttribute("note") CaseNoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        NoteKind kind = choices.parse(NoteKind.class, form.getKind(), "kind", true);
        try {
            choices.throwIfAny();
            appendOnce(() -> cases.addNote(id, kind, form.getBody()));
            redirect.addFlashAttribute(
                    "flash", kind == NoteKind.TOLD_CUSTOMER ? "service.case.told" : "service.case.noted");
            return "redirect:/service/cases/" + id + "#notes";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page.show(id, model);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("flashError", "service.case.conflict.retry");
            return page.show(id, model);
        }
    }

    @PostMapping("/{id}/concessions")
    @PreAuthorize(ServiceRoles.WRITERS)
    String concession(
            @PathVariable long id,
            @ModelAttribute("concession") ConcessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        ConcessionKind kind = choices.parse(ConcessionKind.class, form.getKind(), "kind", true);
        try {
            if (errors.hasErrors()) {
                return page.show(id, model);
            }
            choices.throwIfAny();
            appendOnce(() -> cases.addConcession(id, kind, form.getAmount(), form.getNote()));
            redirect.addFlashAttribute("flash", "service.case.concession.saved");
            return "redirect:/service/cases/" + id + "#concessions";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page.show(id, model);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("flashError", "service.case.conflict.retry");
            return page.show(id, model);
        }
    }

    /**
     * Adds to the case (a note, a concession) on its latest version: such an addition overwrites
     * nobody, so when someone saved the case at the same moment it is simply tried once more on top
     * of their change. A second clash is shown, with what was typed still in the form.
     */
    private static void appendOnce(Runnable append) {
        try {
            append.run();
        } catch (OptimisticLockingFailureException clash) {
            append.run();
        }
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize(ServiceRoles.WRITERS)
    String resolve(
            @PathVariable long id,
            @ModelAttribute("resolve") ResolveCaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        Resolution resolution = choices.parse(Resolution.class, form.getResolution(), "resolution", true);
        try {
            choices.throwIfAny();
            cases.resolve(id, form.getVersion() == null ? -1 : form.getVersion(), resolution, form.getExplanation());
            redirect.addFlashAttribute("flash", "service.case.resolved");
            return "redirect:/service/cases/" + id;
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page.show(id, model);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("conflict", true);
            form.setVersion(cases.get(id).getVersion());
            return page.show(id, model);
        } catch (CaseStateException ex) {
            redirect.addFlashAttribute("flashError", "service.case.state.notNow");
            return "redirect:/service/cases/" + id;
        }
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(ServiceRoles.WRITERS)
    String status(
            @PathVariable long id, @RequestParam long version, @RequestParam String to, RedirectAttributes redirect) {
        try {
            switch (to) {
                case "start" -> cases.start(id, version);
                case "close" -> cases.close(id, version);
                case "reopen" -> cases.reopen(id, version);
                default -> throw new InvalidInputException(InputError.field("to", "service.value.unknown", to, "-"));
            }
            redirect.addFlashAttribute("flash", "service.case.moved." + to);
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", "service.case.conflict");
        } catch (CaseStateException | InvalidInputException ex) {
            redirect.addFlashAttribute("flashError", "service.case.state.notNow");
        }
        return "redirect:/service/cases/" + id;
    }

    @PostMapping("/{id}/promises")
    @PreAuthorize(ServiceRoles.WRITERS)
    String promise(
            @PathVariable long id,
            @ModelAttribute("promise") CasePromiseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ServiceCase c = cases.get(id);
        ChoiceParser choices = new ChoiceParser();
        PromiseKind kind = choices.parse(PromiseKind.class, form.getKind(), "kind", true);
        if (form.getDueAt() == null && !errors.hasFieldErrors("dueAt")) {
            choices.add(InputError.field("dueAt", "service.promise.dueAt.required"));
        }
        try {
            if (errors.hasErrors()) {
                return page.show(id, model);
            }
            choices.throwIfAny();
            Instant due = form.getDueAt().atZone(settings.timeZone()).toInstant();
            ledger.make(c.getId(), c.getCustomerId(), kind, due, form.getDescription(), null);
            redirect.addFlashAttribute("flash", "service.promise.made");
            return "redirect:/service/cases/" + id + "#promises";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page.show(id, model);
        }
    }
}
