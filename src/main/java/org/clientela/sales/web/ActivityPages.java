package org.clientela.sales.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.activities.ActivityKind;
import org.clientela.sales.internal.activities.ActivityLog;
import org.clientela.sales.internal.activities.ActivityRules;
import org.clientela.sales.internal.activities.LostReason;
import org.clientela.sales.internal.activities.NewActivity;
import org.clientela.sales.internal.activities.NextStep;
import org.clientela.sales.internal.activities.ProspectFacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activity section of the prospect page (an htmx piece the page loads into
 * {@code #prospect-activities}): the stage, the quick log form and the timeline. A step logged swaps
 * the section with a fresh form; a refused one with the messages next to their fields.
 */
@Controller
@RequestMapping("/sales/prospects/{id}/activities")
class ActivityPages {

    private static final String SECTION = "sales/prospect-activities :: section";

    private final ActivityLog log;
    private final Clock clock;

    ActivityPages(ActivityLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ActivityRoles.READERS)
    String section(@PathVariable long id, Model model) {
        return show(id, fresh(), model);
    }

    @PostMapping
    @PreAuthorize(ActivityRoles.WRITERS)
    String logStep(
            @PathVariable long id,
            @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            ZoneId zone = clock.getZone();
            try {
                log.log(
                        id,
                        new NewActivity(
                                form.getKind(),
                                form.getAt() == null
                                        ? null
                                        : form.getAt().atZone(zone).toInstant(),
                                form.getMinutes(),
                                form.getAmount(),
                                form.getReason(),
                                form.getAppointmentAt() == null
                                        ? null
                                        : form.getAppointmentAt().atZone(zone).toInstant(),
                                form.getNote()),
                        form.getNextStepAt() == null
                                ? null
                                : new NextStep(form.getNextStepAt().atZone(zone).toInstant(), form.getNextStepNote()));
                if (htmx == null) {
                    redirect.addFlashAttribute("flash", "sales.activity.saved");
                    return "redirect:/sales/prospects/" + id;
                }
                model.addAttribute("saved", true);
                return show(id, fresh(), model);
            } catch (InvalidInputException ex) {
                for (InputError error : ex.errors()) {
                    errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
                }
            }
        }
        return show(id, form, model);
    }

    private ActivityForm fresh() {
        ActivityForm form = new ActivityForm();
        form.setAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        return form;
    }

    private String show(long id, ActivityForm form, Model model) {
        ProspectFacts prospect = log.prospect(id);
        model.addAttribute("prospect", prospect);
        model.addAttribute("stage", prospect.stage());
        model.addAttribute("activities", log.timeline(id));
        model.addAttribute("form", form);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("reasons", LostReason.values());
        model.addAttribute("maxMinutes", ActivityRules.MAX_MINUTES);
        model.addAttribute("maxNote", ActivityRules.MAX_NOTE);
        model.addAttribute("maxNextStepNote", ActivityRules.MAX_NEXT_STEP_NOTE);
        model.addAttribute("now", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        return SECTION;
    }
}
