package org.clientela.retention.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.internal.plan.ActionResults;
import org.clientela.retention.internal.plan.Actions;
import org.clientela.retention.internal.plan.IdeaStateException;
import org.clientela.retention.internal.plan.IdeaStatus;
import org.clientela.retention.internal.plan.Ideas;
import org.clientela.retention.internal.plan.PlanSettings;
import org.clientela.retention.internal.segments.RfmSegment;
import org.clientela.retention.internal.segments.SegmentReport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention plan: ideas, actions that apply them, and each action's measured result. */
@Controller
@RequestMapping("/retention/plan")
class PlanPages {

    private static final int PAGE_SIZE = 25;

    private static final LocalDate EARLIEST_START = LocalDate.of(1900, 1, 1);

    private final Ideas ideas;
    private final Actions actions;
    private final ActionResults results;
    private final SegmentReport segments;
    private final CustomerDirectory customers;
    private final BlockedCustomers blockedCustomers;
    private final PlanSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    PlanPages(
            Ideas ideas,
            Actions actions,
            ActionResults results,
            SegmentReport segments,
            CustomerDirectory customers,
            BlockedCustomers blockedCustomers,
            PlanSettings settings,
            MessageSource messages,
            Clock clock) {
        this.ideas = ideas;
        this.actions = actions;
        this.results = results;
        this.segments = segments;
        this.customers = customers;
        this.blockedCustomers = blockedCustomers;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(RetentionRoles.READERS)
    String overview(
            @RequestParam(defaultValue = "0") int ideasPage,
            @RequestParam(defaultValue = "0") int actionsPage,
            Model model) {
        model.addAttribute("ideas", ideas.ideas(Math.max(0, ideasPage), PAGE_SIZE));
        model.addAttribute("actions", actions.actions(Math.max(0, actionsPage), PAGE_SIZE));
        model.addAttribute("statuses", IdeaStatus.values());
        return "retention/plan";
    }

    // ---- ideas ------------------------------------------------------------------------------

    @GetMapping("/ideas/new")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String newIdea(Model model) {
        IdeaForm form = new IdeaForm();
        form.setSource(messages.getMessage("retention.plan.source.default", null, LocaleContextHolder.getLocale()));
        form.setProposedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return "retention/idea-form";
    }

    @PostMapping("/ideas")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String addIdea(@Valid @ModelAttribute("form") IdeaForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "retention/idea-form";
        }
        ideas.add(
                form.getTitle().strip(),
                form.getDescription(),
                form.getSource().strip(),
                form.getProposedBy(),
                form.getProposedOn());
        redirect.addFlashAttribute("flash", "retention.plan.idea.added");
        return "redirect:/retention/plan";
    }

    @PostMapping("/ideas/{id}/status")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String changeStatus(@PathVariable long id, @RequestParam IdeaStatus status, RedirectAttributes redirect) {
        try {
            ideas.changeStatus(id, status);
        } catch (IdeaStateException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return "redirect:/retention/plan";
        }
        redirect.addFlashAttribute("flash", "retention.plan.idea.changed");
        return "redirect:/retention/plan";
    }

    // ---- actions ----------------------------------------------------------------------------

    @GetMapping("/actions/new")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String newAction(
            @RequestParam(required = false) String segment, @RequestParam(required = false) Long ideaId, Model model) {
        ActionForm form = new ActionForm();
        form.setSegment(segment);
        form.setIdeaId(ideaId);
        form.setStartDate(LocalDate.now(clock));
        form.setWindowDays(settings.windowDays());
        model.addAttribute("form", form);
        return actionForm(model);
    }

    @PostMapping("/actions")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String startAction(
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean bySegment = form.getSegment() != null && !form.getSegment().isBlank();
        boolean byList =
                form.getCustomerNumbers() != null && !form.getCustomerNumbers().isBlank();
        RfmSegment segment = null;
        if (bySegment == byList) {
            errors.rejectValue("customerNumbers", "retention.plan.error.segmentOrList");
        } else if (bySegment) {
            try {
                segment = RfmSegment.fromSlug(form.getSegment());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("segment", "retention.plan.error.segment");
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getStartDate() != null
                && (form.getStartDate().isBefore(EARLIEST_START)
                        || form.getStartDate().isAfter(today.plusYears(1)))) {
            // a plan starts within a year of today; 0001-01-01 or 9999-12-31 is a typing mistake
            errors.rejectValue(
                    "startDate",
                    "retention.plan.error.startDate",
                    new Object[] {EARLIEST_START.toString(), today.plusYears(1).toString()},
                    null);
        }
        List<Long> ids = List.of();
        if (byList && !bySegment) {
            Set<String> numbers =
                    new LinkedHashSet<>(Arrays.stream(form.getCustomerNumbers().split("[\\s,;]+"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
            Map<String, Long> found = customers.idsByNumber(numbers);
            List<String> unknown = numbers.stream()
                    .filter(n -> !found.containsKey(n))
                    .limit(10)
                    .toList();
            if (!unknown.isEmpty()) {
                errors.rejectValue(
                        "customerNumbers",
                        "retention.plan.error.unknownNumbers",
                        new Object[] {String.join(", ", unknown)},
                        null);
            }
            Set<Long> blocked = blockedCustomers.blockedAmong(found.values());
            List<String> blockedNumbers = found.entrySet().stream()
                    .filter(e -> blocked.contains(e.getValue()))
                    .map(Map.Entry::getKey)
                    .limit(10)
                    .toList();
            if (!blockedNumbers.isEmpty()) {
                errors.rejectValue(
                        "customerNumbers",
                        "retention.blocked.numbers",
                        new Object[] {String.join(", ", blockedNumbers)},
                        null);
            }
            ids = List.copyOf(found.values());
        }
        if (errors.hasErrors()) {
            return actionForm(model);
        }
        long id;
        try {
            id = segment != null
                    ? actions.applyToSegment(
                            form.getIdeaId(),
                            segment,
                            form.getStartDate(),
                            form.getWindowDays(),
                            form.getHoldoutPercent())
                    : actions.applyToCustomers(form.getIdeaId(), ids, form.getStartDate(), form.getWindowDays());
        } catch (InvalidInputException | NotFoundException e) {
            errors.rejectValue("ideaId", "retention.plan.error.ideaDropped");
            return actionForm(model);
        }
        redirect.addFlashAttribute("flash", "retention.plan.action.started");
        return "redirect:/retention/plan/actions/" + id;
    }

    private String actionForm(Model model) {
        model.addAttribute("ideaChoices", ideas.applicable());
        model.addAttribute("segments", RfmSegment.values());
        model.addAttribute("totals", segments.totals());
        return "retention/action-form";
    }

    @GetMapping("/actions/{id}")
    @PreAuthorize(RetentionRoles.READERS)
    String result(@PathVariable long id, Model model) {
        model.addAttribute("result", results.result(id));
        return "retention/action";
    }
}
