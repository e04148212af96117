package org.clientela.service.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.CaseType;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.responsetimes.ResponseTargets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Response-time targets on a page: the table of case type × priority, each row its own form for managers. A
 * refused save shows the same page with what was typed and the reason next to the field; a save
 * made after someone else's shows their values and keeps what was typed, to save again knowingly.
 */
@Controller
class ResponseTargetPages {

    static final String EDITORS = "hasAnyRole('ADMIN','MANAGER')";
    private static final String VIEW = "service/response-targets";

    private final ResponseTargets targets;
    private final MessageSource messages;

    ResponseTargetPages(ResponseTargets targets, MessageSource messages) {
        this.targets = targets;
        this.messages = messages;
    }

    /** One row's form; hours as typed (text), so that "abc" is told, not a 400. */
    public static class Form {
        private Long version;
        private String firstResponseHours;
        private String resolutionHours;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getFirstResponseHours() {
            return firstResponseHours;
        }

        public void setFirstResponseHours(String v) {
            firstResponseHours = v;
        }

        public String getResolutionHours() {
            return resolutionHours;
        }

        public void setResolutionHours(String v) {
            resolutionHours = v;
        }
    }

    @GetMapping("/service/response-targets")
    @PreAuthorize(ServiceRoles.READERS)
    String list(Model model) {
        model.addAttribute("targets", targets.all());
        return VIEW;
    }

    @PostMapping("/service/response-targets/{type}/{priority}")
    @PreAuthorize(EDITORS)
    String change(
            @PathVariable CaseType type,
            @PathVariable Priority priority,
            @ModelAttribute Form form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer first = hours(form.getFirstResponseHours(), "firstResponseHours", errors);
        Integer resolution = hours(form.getResolutionHours(), "resolutionHours", errors);
        try {
            if (errors.isEmpty()) {
                targets.change(type, priority, form.getVersion(), first, resolution);
                redirect.addFlashAttribute("flash", "service.targets.saved");
                redirect.addFlashAttribute("savedRow", type + "-" + priority);
                return "redirect:/service/response-targets";
            }
            // What could be read is checked as well, so every field says what is wrong at once.
            ResponseTargets.problems(first, resolution).forEach(e -> errors.putIfAbsent(e.field(), text(e)));
        } catch (InvalidInputException ex) {
            ex.errors().forEach(e -> errors.putIfAbsent(e.field(), text(e)));
        } catch (OptimisticLockingFailureException ex) {
            targets.of(type, priority).ifPresent(current -> form.setVersion(current.version()));
            model.addAttribute("conflict", true);
        }
        model.addAttribute("failedRow", type + "-" + priority);
        model.addAttribute("failedForm", form);
        model.addAttribute("errors", errors);
        return list(model);
    }

    private Integer hours(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            errors.put(field, text(InputError.field(field, "service.targets.hours.number")));
            return null;
        }
    }

    private String text(InputError error) {
        return messages.getMessage(
                error.messageKey(), error.args(), error.messageKey(), LocaleContextHolder.getLocale());
    }
}
