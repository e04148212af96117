package org.clientela.satisfaction.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.StateConflict;
import org.clientela.satisfaction.internal.requests.Colleague;
import org.clientela.satisfaction.internal.requests.Departments;
import org.clientela.satisfaction.internal.requests.InternalRequest;
import org.clientela.satisfaction.internal.requests.InternalRequestList;
import org.clientela.satisfaction.internal.requests.InternalRequests;
import org.clientela.satisfaction.internal.requests.RequestPriority;
import org.clientela.service.CaseType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Internal requests on pages: the list (to and from my department), a new request, and a request's
 * page where the serving department answers, promises and closes, and the requester withdraws or
 * rates. A refused action shows the page again with the reason next to the field; a move someone
 * else made first, or a stale version, sends back to the request as it now stands.
 *
 * <p>Long because it is the pages of one thing, an internal request — the list, the new request, and
 * a request's page with the five actions posted from it — and each refused action shows the
 * request's page again with the reason beside its field, so they share how that page is built.
 */
@Controller
class InternalRequestPages {

    static final int PAGE_SIZE = 25;

    private final InternalRequests requests;
    private final InternalRequestList lists;
    private final Departments departments;
    private final CustomerDirectory customers;
    private final MessageSource messages;
    private final Clock clock;

    InternalRequestPages(
            InternalRequests requests,
            InternalRequestList lists,
            Departments departments,
            CustomerDirectory customers,
            MessageSource messages,
            Clock clock) {
        this.requests = requests;
        this.lists = lists;
        this.departments = departments;
        this.customers = customers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/satisfaction/internal")
    @PreAuthorize(InternalRequestRoles.READERS)
    String list(
            @RequestParam(defaultValue = "ALL") InternalRequestList.Box box,
            @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication,
            Model model) {
        int at = Math.max(0, page);
        Colleague who = Colleague.of(authentication);
        model.addAttribute("slice", lists.list(new InternalRequestList.Query(box, open, at, PAGE_SIZE), who));
        model.addAttribute("box", box);
        model.addAttribute("open", open);
        model.addAttribute("boxes", InternalRequestList.Box.values());
        model.addAttribute("myDepartment", departments.of(who.username()).orElse(null));
        String query = "/satisfaction/internal?box=" + box + (open == null ? "" : "&open=" + open) + "&page=";
        model.addAttribute("previous", query + (at - 1));
        model.addAttribute("next", query + (at + 1));
        return "satisfaction/internal-requests";
    }

    @GetMapping("/satisfaction/internal/new")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String newRequest(@RequestParam(required = false) Long customerId, Authentication authentication, Model model) {
        InternalRequestForm form = new InternalRequestForm();
        form.setCustomerId(customerId);
        form.setCustomerAffected(customerId != null);
        return form(form, Colleague.of(authentication), model);
    }

    @PostMapping("/satisfaction/internal")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String ask(
            @ModelAttribute("form") InternalRequestForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Colleague who = Colleague.of(authentication);
        if (errors.hasErrors()) {
            return form(form, who, model);
        }
        try {
            InternalRequest asked = requests.ask(form.request(), who);
            redirect.addFlashAttribute("flash", "satisfaction.internal.saved");
            return "redirect:/satisfaction/internal/" + asked.id();
        } catch (InvalidInputException ex) {
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
            return form(form, who, model);
        }
    }

    private String form(InternalRequestForm form, Colleague who, Model model) {
        String mine = departments.of(who.username()).orElse(null);
        model.addAttribute("form", form);
        model.addAttribute("myDepartment", mine);
        model.addAttribute(
                "departments",
                departments.all().stream().filter(d -> !d.equals(mine)).toList());
        model.addAttribute("types", CaseType.values());
        model.addAttribute("priorities", RequestPriority.values());
        return "satisfaction/internal-request-new";
    }

    @GetMapping("/satisfaction/internal/{id}")
    @PreAuthorize(InternalRequestRoles.READERS)
    String show(@PathVariable long id, Authentication authentication, Model model) {
        return page(id, Colleague.of(authentication), model, Map.of(), null);
    }

    @PostMapping("/satisfaction/internal/{id}/answer")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String answer(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String text,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "answer",
                authentication,
                model,
                redirect,
                "satisfaction.internal.answered",
                who -> requests.answer(id, version, text, who));
    }

    @PostMapping("/satisfaction/internal/{id}/close")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String close(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String text,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "close",
                authentication,
                model,
                redirect,
                "satisfaction.internal.closed",
                who -> requests.close(id, version, text, who));
    }

    @PostMapping("/satisfaction/internal/{id}/cancel")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String cancel(
            @PathVariable long id,
            @RequestParam long version,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "cancel",
                authentication,
                model,
                redirect,
                "satisfaction.internal.cancelled",
                who -> requests.cancel(id, version, who));
    }

    @PostMapping("/satisfaction/internal/{id}/promise")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String promise(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt,
            @RequestParam(required = false) String description,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "promise",
                authentication,
                model,
                redirect,
                "satisfaction.internal.promised",
                who -> requests.promise(
                        id,
                        version,
                        dueAt == null ? null : dueAt.atZone(clock.getZone()).toInstant(),
                        description,
                        who));
    }

    @PostMapping("/satisfaction/internal/{id}/rating")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String rate(
            @PathVariable long id,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return act(id, "rating", authentication, model, redirect, "satisfaction.internal.thanks", who -> {
            requests.rate(id, score, comment, language, who);
            return null;
        });
    }

    private interface Action {
        Object run(Colleague who);
    }

    private String act(
            long id,
            String form,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            String done,
            Action action) {
        Colleague who = Colleague.of(authentication);
        try {
            action.run(who);
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException ex) {
            Map<String, String> errors = new LinkedHashMap<>();
            ex.errors().forEach(e -> errors.putIfAbsent(e.field(), text(e.messageKey(), e.args())));
            return page(id, who, model, errors, form);
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", "satisfaction.internal.conflict");
        } catch (StateConflict ex) {
            redirect.addFlashAttribute("refused", text(ex.messageKey(), ex.messageArgs()));
        }
        return "redirect:/satisfaction/internal/" + id;
    }

    private String page(long id, Colleague who, Model model, Map<String, String> errors, String failed) {
        InternalRequest request = requests.find(id, who);
        model.addAttribute("request", request);
        model.addAttribute("messages", requests.messages(id, who));
        model.addAttribute(
                "customer",
                request.customerId() == null
                        ? null
                        : customers.find(request.customerId()).orElse(null));
        boolean serves = requests.serves(request, who);
        model.addAttribute("serves", serves && who.writes());
        model.addAttribute(
                "mayCancel",
                request.status().isOpen()
                        && who.writes()
                        && (who.username().equals(request.requester()) || who.manages()));
        model.addAttribute("mayRate", who.writes() && requests.mayRate(request, who));
        model.addAttribute("isRequester", who.username().equals(request.requester()));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("now", LocalDateTime.now(clock).withSecond(0).withNano(0));
        return "satisfaction/internal-request";
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
