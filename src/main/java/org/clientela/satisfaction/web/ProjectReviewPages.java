package org.clientela.satisfaction.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.StateConflict;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.requests.Colleague;
import org.clientela.satisfaction.internal.requests.Departments;
import org.clientela.satisfaction.internal.reviews.ProjectReview;
import org.clientela.satisfaction.internal.reviews.ProjectReviews;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After-project reviews on pages: the list with a form to plan one, and a review's page where its
 * organiser writes the findings and adds actions, and an action's owner marks it done. A refused
 * entry shows the page again with the reason next to the field.
 */
@Controller
class ProjectReviewPages {

    static final int PAGE_SIZE = 25;

    private final ProjectReviews reviews;
    private final Departments departments;
    private final UserDirectory users;
    private final MessageSource messages;

    ProjectReviewPages(ProjectReviews reviews, Departments departments, UserDirectory users, MessageSource messages) {
        this.reviews = reviews;
        this.departments = departments;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/satisfaction/reviews")
    @PreAuthorize(InternalRequestRoles.READERS)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return list(Math.max(0, page), model, Map.of(), Map.of());
    }

    private String list(int page, Model model, Map<String, String> errors, Map<String, Object> typed) {
        model.addAttribute("slice", reviews.list(page, PAGE_SIZE));
        model.addAttribute("previous", "/satisfaction/reviews?page=" + (page - 1));
        model.addAttribute("next", "/satisfaction/reviews?page=" + (page + 1));
        model.addAttribute("departments", departments.all());
        model.addAttribute("today", reviews.today());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "satisfaction/project-reviews";
    }

    @PostMapping("/satisfaction/reviews")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String plan(
            @RequestParam(required = false) String project,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        try {
            ProjectReview planned = reviews.plan(project, department, endedOn, Colleague.of(authentication));
            redirect.addFlashAttribute("flash", "satisfaction.review.planned");
            return "redirect:/satisfaction/reviews/" + planned.id();
        } catch (InvalidInputException ex) {
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("project", project);
            typed.put("department", department);
            typed.put("endedOn", endedOn);
            return list(0, model, errors(ex), typed);
        }
    }

    @GetMapping("/satisfaction/reviews/{id}")
    @PreAuthorize(InternalRequestRoles.READERS)
    String show(@PathVariable long id, Authentication authentication, Model model) {
        return page(id, Colleague.of(authentication), model, Map.of(), null, Map.of());
    }

    @PostMapping("/satisfaction/reviews/{id}/findings")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String hold(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String wentWell,
            @RequestParam(required = false) String wentBadly,
            @RequestParam(required = false) String learnt,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Colleague who = Colleague.of(authentication);
        try {
            reviews.hold(id, version, new ProjectReviews.Findings(wentWell, wentBadly, learnt), who);
            redirect.addFlashAttribute("flash", "satisfaction.review.held");
        } catch (InvalidInputException ex) {
            return page(
                    id,
                    who,
                    model,
                    errors(ex),
                    "findings",
                    Map.of("wentWell", text(wentWell), "wentBadly", text(wentBadly), "learnt", text(learnt)));
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", "satisfaction.review.conflict");
        } catch (StateConflict ex) {
            redirect.addFlashAttribute("flashError", ex.messageKey());
        }
        return "redirect:/satisfaction/reviews/" + id;
    }

    @PostMapping("/satisfaction/reviews/{id}/actions")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String addAction(
            @PathVariable long id,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Colleague who = Colleague.of(authentication);
        try {
            reviews.addAction(id, description, owner, dueOn, who);
            redirect.addFlashAttribute("flash", "satisfaction.review.action.added");
        } catch (InvalidInputException ex) {
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("description", text(description));
            typed.put("owner", text(owner));
            typed.put("dueOn", dueOn);
            return page(id, who, model, errors(ex), "action", typed);
        }
        return "redirect:/satisfaction/reviews/" + id;
    }

    @PostMapping("/satisfaction/reviews/{id}/actions/{actionId}/done")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String finish(
            @PathVariable long id,
            @PathVariable long actionId,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            reviews.finish(id, actionId, Colleague.of(authentication));
            redirect.addFlashAttribute("flash", "satisfaction.review.action.finished");
        } catch (StateConflict ex) {
            redirect.addFlashAttribute("flashError", ex.messageKey());
        }
        return "redirect:/satisfaction/reviews/" + id;
    }

    private String page(
            long id, Colleague who, Model model, Map<String, String> errors, String failed, Map<String, Object> typed) {
        ProjectReview review = reviews.find(id);
        model.addAttribute("review", review);
        model.addAttribute("organises", reviews.organises(review, who));
        model.addAttribute("me", who.username());
        model.addAttribute("manages", who.manages());
        model.addAttribute("people", users.activePeople());
        model.addAttribute("today", reviews.today());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        return "satisfaction/project-review";
    }

    private Map<String, String> errors(InvalidInputException ex) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.errors()
                .forEach(e -> errors.putIfAbsent(
                        e.field(),
                        messages.getMessage(
                                e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale())));
        return errors;
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}
