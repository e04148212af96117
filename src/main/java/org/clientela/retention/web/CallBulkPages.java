package org.clientela.retention.web;

import java.util.List;
import java.util.Locale;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.internal.calls.CallBulk;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Several of the radar's calls marked done at once: a confirmation naming them, then the marking. */
@Controller
@RequestMapping("/retention/radar/tasks/bulk")
class CallBulkPages {

    private final CallBulk bulk;
    private final CustomerDirectory customers;
    private final MessageSource messages;

    CallBulkPages(CallBulk bulk, CustomerDirectory customers, MessageSource messages) {
        this.bulk = bulk;
        this.customers = customers;
        this.messages = messages;
    }

    /** What the radar page sends and the confirmation sends back. */
    public record Request(List<Long> ids, CallOutcome outcome, String back) {

        /** The radar page to go back to, and only that. */
        public String backTo() {
            return back != null
                            && back.startsWith("/retention/radar")
                            && !back.startsWith("/retention/radar/tasks")
                            && !back.contains("//")
                            && !back.contains("\\")
                    ? back
                    : "/retention/radar";
        }
    }

    @PostMapping
    @PreAuthorize(RetentionRoles.WRITERS)
    String confirm(
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) CallOutcome outcome,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        Request request = new Request(ids, outcome, back);
        try {
            List<CallBulk.Pending> pending = bulk.pending(ids);
            if (outcome == null) {
                throw new InvalidInputException(InputError.field("outcome", "retention.calls.bulk.outcome.required"));
            }
            model.addAttribute("request", request);
            model.addAttribute("pending", pending);
            model.addAttribute(
                    "names",
                    customers.findAll(
                            pending.stream().map(CallBulk.Pending::customerId).toList()));
            model.addAttribute(
                    "question",
                    text("retention.calls.bulk.confirm", pending.size(), text("retention.outcome." + outcome)));
            return "retention/calls-bulk";
        } catch (InvalidInputException ex) {
            return refused(ex, request, redirect);
        }
    }

    @PostMapping("/apply")
    @PreAuthorize(RetentionRoles.WRITERS)
    String apply(
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) CallOutcome outcome,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Request request = new Request(ids, outcome, back);
        try {
            int done = bulk.markDone(ids, outcome);
            redirect.addFlashAttribute(
                    "bulkDone", text("retention.calls.bulk.done", done, text("retention.outcome." + outcome)));
        } catch (InvalidInputException ex) {
            return refused(ex, request, redirect);
        }
        return "redirect:" + request.backTo();
    }

    private String refused(InvalidInputException ex, Request request, RedirectAttributes redirect) {
        InputError error = ex.errors().get(0);
        redirect.addFlashAttribute("bulkError", text(error.messageKey(), error.args()));
        return "redirect:" + request.backTo();
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
