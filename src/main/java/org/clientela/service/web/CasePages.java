package org.clientela.service.web;

import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.cases.ServiceCase;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One case's page, and the change of what it is about (priority, owner, subject, cadence). */
@Controller
@RequestMapping("/service/cases")
class CasePages {

    private final Cases cases;
    private final CasePageView page;

    CasePages(Cases cases, CasePageView page) {
        this.cases = cases;
        this.page = page;
    }

    @GetMapping("/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    String show(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    /** Saves a change; if someone saved the case since it was read, shows theirs and keeps what was typed. */
    @PostMapping("/{id}")
    @PreAuthorize(ServiceRoles.WRITERS)
    String edit(
            @PathVariable long id,
            @ModelAttribute("edit") EditCaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        Priority priority = choices.parse(Priority.class, form.getPriority(), "priority", false);
        if (form.getSubject() == null || form.getSubject().isBlank()) {
            choices.add(InputError.field("subject", "service.value.required"));
        }
        try {
            if (errors.hasErrors()) {
                return page.show(id, model);
            }
            choices.throwIfAny();
            cases.change(
                    id,
                    form.getVersion() == null ? -1 : form.getVersion(),
                    new CaseCommands.ChangeCase(
                            priority,
                            form.getOwner() == null ? "" : form.getOwner(),
                            form.getSubject(),
                            form.getDescription(),
                            null,
                            form.getUpdateEveryDays()));
            redirect.addFlashAttribute("flash", "service.case.saved");
            return "redirect:/service/cases/" + id;
        } catch (OptimisticLockingFailureException ex) {
            ServiceCase current = cases.get(id);
            form.setVersion(current.getVersion());
            model.addAttribute("conflict", true);
            return page.show(id, model);
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page.show(id, model);
        }
    }
}
