package org.clientela.satisfaction.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.DaySection;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Role;
import org.clientela.platform.StateConflict;
import org.clientela.satisfaction.internal.followups.FollowUpOutcome;
import org.clientela.satisfaction.internal.followups.FollowUpRule;
import org.clientela.satisfaction.internal.followups.FollowUpRules;
import org.clientela.satisfaction.internal.followups.FollowUps;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up calls page (the open calls with a form for what each found, the figures, and the
 * rule for managers) and the calls due today in "my day".
 */
@Controller
class FollowUpPages {

    static final String DAY_PATH = "/satisfaction/my-day/follow-ups";

    private final FollowUps followUps;
    private final FollowUpRules rules;
    private final CustomerDirectory directory;
    private final Clock clock;

    FollowUpPages(FollowUps followUps, FollowUpRules rules, CustomerDirectory directory, Clock clock) {
        this.followUps = followUps;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
    }

    @Bean
    static DaySection followUpDaySection() {
        return DaySection.of(
                "follow-ups",
                "satisfaction.followUps.myDay.name",
                DAY_PATH,
                25,
                Role.ADMIN,
                Role.MANAGER,
                Role.SERVICE,
                Role.SALES);
    }

    static boolean manages(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_MANAGER"));
    }

    @GetMapping(DAY_PATH)
    @PreAuthorize(SatisfactionRoles.WORKERS)
    String day(Authentication authentication, Model model) {
        List<FollowUps.FollowUp> due = followUps.dueFor(authentication.getName(), 20);
        model.addAttribute("due", due);
        model.addAttribute("names", names(due));
        return "satisfaction/my-day-follow-ups :: calls";
    }

    @GetMapping("/satisfaction/follow-ups")
    @PreAuthorize(SatisfactionRoles.READERS)
    String page(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        boolean manages = manages(authentication);
        List<FollowUps.FollowUp> open = followUps.open(manages ? null : authentication.getName(), page, 51);
        model.addAttribute("open", open.stream().limit(50).toList());
        model.addAttribute("nextPage", open.size() > 50 ? page + 1 : null);
        model.addAttribute("page", page);
        model.addAttribute("names", names(open));
        model.addAttribute("outcomes", FollowUpOutcome.values());
        model.addAttribute("kinds", SurveyKind.values());
        model.addAttribute("rule", rules.current());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("figures", followUps.figures(today.minusDays(29), today));
        return "satisfaction/follow-ups";
    }

    @PostMapping("/satisfaction/follow-ups/{id}/outcome")
    @PreAuthorize(SatisfactionRoles.WORKERS)
    String outcome(
            @PathVariable long id,
            @RequestParam(required = false) FollowUpOutcome outcome,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) SurveyKind surveyKind,
            @RequestParam(required = false) Integer score,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            FollowUps.Recorded recorded = followUps.record(
                    id,
                    new FollowUps.Call(outcome, note, surveyKind, score),
                    authentication.getName(),
                    manages(authentication));
            redirect.addFlashAttribute("recorded", recorded.followUp());
            redirect.addFlashAttribute("surveySkipped", recorded.surveySkipped());
        } catch (InvalidInputException ex) {
            redirect.addFlashAttribute("callError", ex.errors().get(0));
            redirect.addFlashAttribute("callErrorId", id);
        } catch (StateConflict ex) {
            redirect.addFlashAttribute("callConflict", ex.messageKey());
        }
        return "redirect:/satisfaction/follow-ups";
    }

    @PostMapping("/satisfaction/follow-ups/rule")
    @PreAuthorize(SatisfactionRoles.MANAGERS)
    String rule(
            @RequestParam(required = false) Integer daysAfter,
            @RequestParam(defaultValue = "false") boolean firstOrders,
            @RequestParam(required = false) String minAmount,
            @RequestParam(required = false) Integer gapDays,
            @RequestParam(required = false) Integer dueWorkingDays,
            @RequestParam long version,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            BigDecimal amount;
            try {
                amount = minAmount == null || minAmount.isBlank()
                        ? null
                        : new BigDecimal(minAmount.strip().replace(',', '.'));
            } catch (NumberFormatException ex) {
                throw new InvalidInputException(InputError.field("minAmount", "satisfaction.followUps.rule.amount"));
            }
            if (daysAfter == null || gapDays == null || dueWorkingDays == null) {
                throw new InvalidInputException(InputError.field(
                        daysAfter == null ? "daysAfter" : gapDays == null ? "gapDays" : "dueWorkingDays",
                        "satisfaction.surveys.required"));
            }
            rules.change(
                    new FollowUpRule(daysAfter, firstOrders, amount, gapDays, dueWorkingDays, version),
                    authentication.getName());
            redirect.addFlashAttribute("ruleSaved", true);
        } catch (InvalidInputException ex) {
            redirect.addFlashAttribute("ruleError", ex.errors().get(0));
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("ruleConflict", true);
        }
        return "redirect:/satisfaction/follow-ups";
    }

    private Map<Long, CustomerDirectory.CustomerRef> names(List<FollowUps.FollowUp> rows) {
        return directory.findAll(
                rows.stream().map(FollowUps.FollowUp::customerId).collect(Collectors.toSet()));
    }
}
