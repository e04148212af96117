package org.clientela.customers.web;

import java.util.List;
import java.util.Locale;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.CustomerBulk;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
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
 * A change to several customers picked on the list: first a page that names them and asks for a
 * confirmation, then the change and a sentence saying what was done, back on the same list.
 */
@Controller
@RequestMapping("/customers/bulk")
class CustomerBulkPages {

    /** What can be done to several customers at once. */
    enum Action {
        OWNER,
        TAG,
        STATUS
    }

    private final CustomerBulk bulk;
    private final MessageSource messages;

    CustomerBulkPages(CustomerBulk bulk, MessageSource messages) {
        this.bulk = bulk;
        this.messages = messages;
    }

    /** What the form of the list sends, and the confirmation sends back. */
    record Request(Action action, List<Long> ids, String owner, String tag, LifecycleStatus status, String back) {

        /** The list to go back to: only a customer list of this application. */
        public String backTo() {
            return back != null
                            && back.startsWith("/customers")
                            && !back.startsWith("/customers/bulk")
                            && !back.contains("//")
                            && !back.contains("\\")
                    ? back
                    : "/customers";
        }
    }

    @PostMapping
    @PreAuthorize(CustomerApi.WRITERS)
    String confirm(
            @RequestParam Action action,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        Request request = new Request(action, ids, owner, tag, status, back);
        try {
            List<CustomerBulk.Chosen> chosen = bulk.chosen(ids);
            refuseEmptyChoice(request);
            model.addAttribute("request", request);
            model.addAttribute("chosen", chosen);
            model.addAttribute("question", sentence("customers.bulk.confirm." + action, chosen.size(), request));
            return "customers/bulk-confirm";
        } catch (InvalidInputException ex) {
            return refused(ex, request, redirect);
        }
    }

    @PostMapping("/apply")
    @PreAuthorize(CustomerApi.WRITERS)
    String apply(
            @RequestParam Action action,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Request request = new Request(action, ids, owner, tag, status, back);
        try {
            int changed = switch (action) {
                case OWNER -> bulk.assignOwner(ids, owner);
                case TAG -> bulk.addTag(ids, tag);
                case STATUS -> bulk.changeStatus(ids, status);
            };
            redirect.addFlashAttribute("bulkDone", sentence("customers.bulk.done." + action, changed, request));
        } catch (InvalidInputException ex) {
            return refused(ex, request, redirect);
        }
        return "redirect:" + request.backTo();
    }

    private static void refuseEmptyChoice(Request request) {
        boolean missing = switch (request.action()) {
            case OWNER -> request.owner() == null || request.owner().isBlank();
            case TAG -> request.tag() == null || request.tag().isBlank();
            case STATUS -> request.status() == null;
        };
        if (missing) {
            String field = request.action().name().toLowerCase(Locale.ROOT);
            throw new InvalidInputException(InputError.field(field, "customers.bulk." + field + ".required"));
        }
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

    private String sentence(String key, int count, Request request) {
        Locale locale = LocaleContextHolder.getLocale();
        Object what = switch (request.action()) {
            case OWNER -> request.owner() == null ? "" : request.owner().strip();
            case TAG -> request.tag() == null ? "" : request.tag().strip();
            case STATUS ->
                request.status() == null
                        ? ""
                        : messages.getMessage("customers.status." + request.status(), null, locale);
        };
        return messages.getMessage(key, new Object[] {count, what}, locale);
    }
}
