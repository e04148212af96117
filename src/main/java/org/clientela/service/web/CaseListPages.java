package org.clientela.service.web;

import java.util.List;
import java.util.TreeSet;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerLookup;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.UserDirectory;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.internal.cases.CaseBulk;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.CaseStatus;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.cases.ServiceCase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list and the new-case form. */
@Controller
@RequestMapping("/service/cases")
class CaseListPages {

    private static final int PAGE_SIZE = 25;

    private final Cases cases;
    private final CaseList queries;
    private final CustomerDirectory directory;
    private final CustomerLookup lookup;
    private final UserDirectory users;

    CaseListPages(
            Cases cases, CaseList queries, CustomerDirectory directory, CustomerLookup lookup, UserDirectory users) {
        this.cases = cases;
        this.queries = queries;
        this.directory = directory;
        this.lookup = lookup;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize(ServiceRoles.READERS)
    String list(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CaseListQuery query = CaseListQuery.of(status, open, owner, type, overdue, customerId, sort, dir);
        var filter = query.filter();
        ListLinks links = query.links();
        model.addAttribute("filter", filter);
        model.addAttribute("links", links);
        model.addAttribute("total", queries.count(filter));
        model.addAttribute("owners", new TreeSet<>(users.activeUsernames()));
        model.addAttribute("moves", CaseBulk.Move.values());
        model.addAttribute(
                "customer",
                customerId == null ? null : directory.find(customerId).orElse(null));
        model.addAttribute(
                "results", queries.list(filter, query.column(), query.direction(), Math.max(0, page), PAGE_SIZE));
        return "service/cases";
    }

    @GetMapping("/new")
    @PreAuthorize(ServiceRoles.OPENERS)
    String newCase(
            @RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "") String q, Model model) {
        NewCaseForm form = new NewCaseForm();
        form.setCustomerId(customerId);
        model.addAttribute("form", form);
        return newCaseView(customerId, q, model);
    }

    private String newCaseView(Long customerId, String q, Model model) {
        model.addAttribute(
                "customer",
                customerId == null ? null : directory.find(customerId).orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("matches", customerId == null ? lookup.search(q, 10) : List.of());
        return "service/new-case";
    }

    @PostMapping
    @PreAuthorize(ServiceRoles.OPENERS)
    String open(
            @ModelAttribute("form") NewCaseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        CaseType type = choices.parse(CaseType.class, form.getType(), "type", true);
        Channel channel = choices.parse(Channel.class, form.getChannel(), "channel", true);
        ComplaintReason reason = choices.parse(ComplaintReason.class, form.getReason(), "reason", false);
        Priority priority = choices.parse(Priority.class, form.getPriority(), "priority", false);
        if (type == CaseType.COMPLAINT && reason == null) {
            choices.add(InputError.field("reason", "service.case.reason.required"));
        }
        ServiceCase.subjectProblem(form.getSubject(), true).ifPresent(choices::add);
        if (form.getCustomerId() == null) {
            choices.add(InputError.field("customerId", "service.value.required"));
        }
        try {
            if (errors.hasErrors()) {
                return newCaseView(form.getCustomerId(), "", model);
            }
            choices.throwIfAny();
            ServiceCase opened = cases.open(new CaseCommands.OpenCase(
                    form.getCustomerId(),
                    type,
                    channel,
                    type == CaseType.COMPLAINT ? reason : null,
                    priority,
                    form.getOwner(),
                    form.getSubject(),
                    form.getDescription()));
            redirect.addFlashAttribute("flash", "service.case.opened");
            return "redirect:/service/cases/" + opened.getId();
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return newCaseView(form.getCustomerId(), "", model);
        }
    }
}
