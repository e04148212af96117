package org.clientela.service.web;

import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.cases.CaseBulk;
import org.clientela.service.internal.cases.ServiceCase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change to several cases picked on the case list: a page naming them asks for a confirmation,
 * then the change, and back on the same list a sentence with what was done and, case by case,
 * what could not be done and why.
 */
@Controller
@RequestMapping("/service/cases/bulk")
class CaseBulkPages {

    /** What can be done to several cases at once: assign, or one of the moves. */
    enum Action {
        OWNER,
        START,
        CLOSE,
        REOPEN;

        CaseBulk.Move move() {
            return this == OWNER ? null : CaseBulk.Move.valueOf(name());
        }
    }

    /** What the list's form sends and the confirmation sends back. */
    public record Request(Action action, List<Long> ids, String owner, String back) {

        /** The case list to go back to, and only that. */
        public String backTo() {
            return back != null
                            && back.startsWith("/service/cases")
                            && !back.startsWith("/service/cases/bulk")
                            && !back.contains("//")
                            && !back.contains("\\")
                    ? back
                    : "/service/cases";
        }
    }

    private final CaseBulk bulk;
    private final MessageSource messages;

    CaseBulkPages(CaseBulk bulk, MessageSource messages) {
        this.bulk = bulk;
        this.messages = messages;
    }

    @PostMapping
    @PreAuthorize(ServiceRoles.WRITERS)
    String confirm(
            @RequestParam Action action,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        Request request = new Request(action, ids, owner, back);
        try {
            List<ServiceCase> chosen = bulk.chosen(ids);
            if (action == Action.OWNER && (owner == null || owner.isBlank())) {
                throw new InvalidInputException(InputError.field("owner", "service.cases.bulk.owner.required"));
            }
            model.addAttribute("request", request);
            model.addAttribute("chosen", chosen);
            model.addAttribute(
                    "question",
                    text("service.cases.bulk.confirm." + action, chosen.size(), owner == null ? "" : owner.strip()));
            return "service/cases-bulk";
        } catch (InvalidInputException ex) {
            return refused(ex, request, redirect);
        }
    }

    @PostMapping("/apply")
    @PreAuthorize(ServiceRoles.WRITERS)
    String apply(
            @RequestParam Action action,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Request request = new Request(action, ids, owner, back);
        try {
            CaseBulk.Outcome outcome =
                    action == Action.OWNER ? bulk.assignOwner(ids, owner) : bulk.move(ids, action.move());
            redirect.addFlashAttribute(
                    "bulkDone",
                    text("service.cases.bulk.done." + action, outcome.changed(), owner == null ? "" : owner.strip()));
            redirect.addFlashAttribute(
                    "bulkRefused",
                    outcome.refused().stream()
                            .map(r -> text(
                                    "service.cases.bulk.refused",
                                    r.reference(),
                                    status(r.status().name()),
                                    status(action.move().to().name())))
                            .toList());
        } catch (InvalidInputException ex) {
            return refused(ex, request, redirect);
        }
        return "redirect:" + request.backTo();
    }

    private String refused(InvalidInputException ex, Request request, RedirectAttributes redirect) {
        InputError error = ex.errors().get(0);
        redirect.addFlashAttribute(
                "bulkError",
                messages.getMessage(
                        error.messageKey(), error.args(), error.messageKey(), LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("bulkErrorField", error.field());
        return "redirect:" + request.backTo();
    }

    private String status(String status) {
        return text("service.case.status." + status);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
