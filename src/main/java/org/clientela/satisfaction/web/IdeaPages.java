package org.clientela.satisfaction.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaStateException;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * Customers' ideas on the pages: a new idea's form and an idea's page, where its owner moves it on
 * and records the answer. The list is {@link IdeaListPages}; the card on the customer page and the
 * follow-ups due in the owner's day are {@link IdeaPanelPages}.
 */
@Controller
class IdeaPages {

    static final String LIST = "/satisfaction/ideas";
    static final String DAY = "/satisfaction/ideas/my-day";
    static final String PANEL = "/satisfaction/panels/ideas/";

    private final CustomerIdeas ideas;
    private final CustomerDirectory customers;
    private final UserDirectory users;

    IdeaPages(CustomerIdeas ideas, CustomerDirectory customers, UserDirectory users) {
        this.ideas = ideas;
        this.customers = customers;
        this.users = users;
    }

    /** The first day of the quarter {@code day} is in. */
    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    @GetMapping(LIST + "/new")
    @PreAuthorize(IdeaRoles.WRITERS)
    String newForm(@RequestParam long customerId, Model model) {
        IdeaForm form = new IdeaForm();
        form.setCustomerId(customerId);
        model.addAttribute("form", form);
        return newPage(model, customerId);
    }

    @PostMapping(LIST)
    @PreAuthorize(IdeaRoles.WRITERS)
    String create(
            @Valid @ModelAttribute("form") IdeaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getCustomerId() == null) {
            throw new NotFoundException("customer", null);
        }
        if (errors.hasErrors()) {
            return newPage(model, form.getCustomerId());
        }
        try {
            Idea idea = ideas.log(form.newIdea());
            redirect.addFlashAttribute("flash", "satisfaction.ideas.saved");
            return "customer".equals(form.getBack())
                    ? "redirect:/customers/" + idea.customerId()
                    : "redirect:" + LIST + "/" + idea.id();
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return newPage(model, form.getCustomerId());
        }
    }

    private String newPage(Model model, long customerId) {
        CustomerRef customer =
                customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        model.addAttribute("customer", customer);
        choices(model, users);
        return "satisfaction/idea-new";
    }

    @GetMapping(LIST + "/{id}")
    @PreAuthorize(IdeaRoles.READERS)
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Idea idea = ideas.get(id);
        model.addAttribute("form", IdeaForm.of(idea));
        return showPage(model, idea, authentication);
    }

    @PostMapping(LIST + "/{id}")
    @PreAuthorize(IdeaRoles.WRITERS)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") IdeaForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Idea idea = ideas.get(id);
        if (!IdeaRoles.mayChange(authentication, idea.owner())) {
            throw new AccessDeniedException("Only the idea's owner or a manager changes it");
        }
        if (errors.hasErrors()) {
            return showPage(model, idea, authentication);
        }
        try {
            ideas.change(id, form.change());
            redirect.addFlashAttribute("flash", "satisfaction.ideas.saved");
            return "redirect:" + LIST + "/" + id;
        } catch (OptimisticLockingFailureException ex) {
            Idea now = ideas.get(id);
            model.addAttribute("form", IdeaForm.of(now));
            model.addAttribute("conflict", true);
            return showPage(model, now, authentication);
        } catch (IdeaStateException ex) {
            errors.rejectValue("status", ex.messageKey(), ex.messageArgs(), ex.messageKey());
            return showPage(model, idea, authentication);
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return showPage(model, idea, authentication);
        }
    }

    private String showPage(Model model, Idea idea, Authentication authentication) {
        model.addAttribute("idea", idea);
        model.addAttribute(
                "customer",
                customers
                        .find(idea.customerId())
                        .orElse(new CustomerRef(idea.customerId(), "", "#" + idea.customerId())));
        model.addAttribute("mayChange", IdeaRoles.mayChange(authentication, idea.owner()));
        model.addAttribute(
                "nextStatuses",
                java.util.Arrays.stream(IdeaStatus.values())
                        .filter(s -> s == idea.status() || idea.status().canBecome(s))
                        .toList());
        choices(model, users);
        return "satisfaction/idea";
    }

    /** The choices of an idea's form: areas, channels and the people who may own it. */
    static void choices(Model model, UserDirectory users) {
        model.addAttribute("areas", IdeaArea.values());
        model.addAttribute("channels", IdeaChannel.values());
        model.addAttribute("people", users.activePeople());
    }

    static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            String field = error.field();
            if (errors.getFieldType(field) == null && !"customerId".equals(field)) {
                errors.reject(error.messageKey(), error.args(), error.messageKey());
            } else {
                errors.rejectValue(field, error.messageKey(), error.args(), error.messageKey());
            }
        }
    }
}
