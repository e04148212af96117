package org.clientela.privacy.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.HomeCard;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.Role;
import org.clientela.platform.Slice;
import org.clientela.platform.UserDirectory;
import org.clientela.privacy.internal.requests.RequestChannel;
import org.clientela.privacy.internal.requests.RequestKind;
import org.clientela.privacy.internal.requests.RequestQuery;
import org.clientela.privacy.internal.requests.RequestReplies;
import org.clientela.privacy.internal.requests.RequestStateException;
import org.clientela.privacy.internal.requests.RightsRequest;
import org.clientela.privacy.internal.requests.RightsRequestList;
import org.clientela.privacy.internal.requests.RightsRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The register of rights requests on the pages: the list (pending, overdue or all; sorted and
 * paged), the form that registers one, a request's page where the answer, a refusal or the
 * extension is recorded and the reply letter drafted, and the home card that warns a week ahead.
 */
@Controller
@PreAuthorize(RightsRequestRoles.MANAGERS)
class RightsRequestPages {

    static final String LIST = "/privacy/requests";
    /** How many days ahead the home card warns. */
    static final int WARN_DAYS = 7;

    private final RightsRequests requests;
    private final RightsRequestList list;
    private final RequestReplies replies;
    private final CustomerDirectory customers;
    private final UserDirectory users;

    RightsRequestPages(
            RightsRequests requests,
            RightsRequestList list,
            RequestReplies replies,
            CustomerDirectory customers,
            UserDirectory users) {
        this.requests = requests;
        this.list = list;
        this.replies = replies;
        this.customers = customers;
        this.users = users;
    }

    @Bean
    static HomeCard rightsRequestsHomeCard() {
        return HomeCard.of(
                "privacy-requests", "privacy.request.home.title", LIST + "/card", 85, Role.ADMIN, Role.MANAGER);
    }

    @GetMapping(LIST)
    String list(
            @RequestParam(required = false) String show,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RequestQuery.Show shown = RequestQuery.Show.of(show);
        if (shown == null) {
            shown = RequestQuery.Show.OPEN;
        }
        RequestQuery.Sort sorted = RequestQuery.Sort.of(sort);
        ListLinks.Direction direction = sorted == null ? ListLinks.Direction.ASC : ListLinks.Direction.of(dir);
        Slice<RightsRequest> slice =
                list.search(new RequestQuery(shown, null, sorted, direction == ListLinks.Direction.DESC, page, 25));
        model.addAttribute("slice", slice);
        model.addAttribute(
                "links",
                ListLinks.of(LIST, sorted == null ? null : sorted.param(), direction)
                        .with("show", shown.param()));
        model.addAttribute("show", shown.param());
        model.addAttribute(
                "shows",
                Arrays.stream(RequestQuery.Show.values())
                        .map(RequestQuery.Show::param)
                        .toList());
        model.addAttribute("today", requests.today());
        model.addAttribute(
                "names",
                customers.findAll(slice.items().stream()
                        .map(RightsRequest::customerId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
        return "privacy/requests";
    }

    @GetMapping(LIST + "/new")
    String newForm(@RequestParam(required = false) Long customerId, Model model) {
        RightsRequestForm form = new RightsRequestForm();
        form.setCustomerId(customerId);
        form.setReceivedOn(requests.today());
        model.addAttribute("form", form);
        return newPage(model, form);
    }

    @PostMapping(LIST)
    String register(
            @Valid @ModelAttribute("form") RightsRequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return newPage(model, form);
        }
        try {
            RightsRequest saved = requests.register(form.newRequest());
            redirect.addFlashAttribute("flash", "privacy.request.saved");
            return "redirect:" + LIST + "/" + saved.id();
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return newPage(model, form);
        }
    }

    private String newPage(Model model, RightsRequestForm form) {
        model.addAttribute(
                "customer",
                form.getCustomerId() == null
                        ? null
                        : customers.find(form.getCustomerId()).orElse(null));
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("channels", RequestChannel.values());
        model.addAttribute("people", users.activePeople());
        return "privacy/request-new";
    }

    @GetMapping(LIST + "/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(model, requests.get(id), null, null);
    }

    /** Records the answer ({@code answer}), a refusal ({@code refusal}) or the extension ({@code extension}). */
    @PostMapping(LIST + "/{id}/{outcome:answer|refusal|extension}")
    String outcome(
            @PathVariable long id,
            @PathVariable String outcome,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String text,
            Model model,
            RedirectAttributes redirect) {
        RightsRequest request = requests.get(id);
        try {
            long read = version == null ? request.version() : version;
            switch (outcome) {
                case "answer" -> requests.answer(id, read, text);
                case "refusal" -> requests.refuse(id, read, text);
                default -> requests.extend(id, read, text);
            }
            redirect.addFlashAttribute("flash", "privacy.request.outcome.saved." + outcome);
            return "redirect:" + LIST + "/" + id;
        } catch (InvalidInputException ex) {
            InputError error = ex.errors().get(0);
            model.addAttribute("outcomeError", error);
            model.addAttribute("outcomeText", text);
            return showPage(model, request, outcome, error);
        } catch (RequestStateException | OptimisticLockingFailureException ex) {
            model.addAttribute("conflict", true);
            return showPage(model, requests.get(id), outcome, null);
        }
    }

    @PostMapping(LIST + "/{id}/reply-letter")
    String replyLetter(@PathVariable long id, @RequestParam(defaultValue = "es") String language, Model model) {
        try {
            long letterId = replies.draft(id, language);
            return "redirect:/service/letters/" + letterId;
        } catch (InvalidInputException ex) {
            model.addAttribute("letterError", ex.errors().get(0));
            return showPage(model, requests.get(id), null, null);
        } catch (RequestReplies.LetterAlreadyDrafted ex) {
            return "redirect:/service/letters/" + requests.get(id).letterId();
        }
    }

    private String showPage(Model model, RightsRequest request, String outcome, InputError error) {
        model.addAttribute("request", request);
        model.addAttribute("today", requests.today());
        model.addAttribute("outcome", outcome);
        model.addAttribute(
                "customer",
                request.customerId() == null
                        ? null
                        : customers.find(request.customerId()).orElse(null));
        return "privacy/request";
    }

    /** The home card: the requests due within a week or overdue, and what to do today. */
    @GetMapping(LIST + "/card")
    String card(Model model) {
        List<RightsRequest> due = list.dueWithin(WARN_DAYS, 6);
        var today = requests.today();
        model.addAttribute("due", due);
        model.addAttribute("today", today);
        model.addAttribute(
                "overdue", due.stream().filter(r -> r.overdueOn(today)).count());
        return "privacy/request-card :: card";
    }

    private static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            if (errors.getFieldType(error.field()) == null) {
                errors.reject(error.messageKey(), error.args(), error.messageKey());
            } else {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
        }
    }
}
