package org.clientela.sales.web;

import jakarta.validation.Valid;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectContact;
import org.clientela.sales.internal.prospects.ProspectContacts;
import org.clientela.sales.internal.prospects.SalesUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/** The people at a prospect: added and edited on their own form, removed from the prospect page. */
@Controller
@RequestMapping("/sales/prospects/{id}/contacts")
@PreAuthorize(SalesRoles.WRITERS)
class ProspectContactPages {

    private static final String FORM = "sales/prospect-contact";

    private final ProspectBook book;
    private final ProspectContacts contacts;

    ProspectContactPages(ProspectBook book, ProspectContacts contacts) {
        this.book = book;
        this.contacts = contacts;
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, Authentication authentication, Model model) {
        Prospect prospect = book.get(id, SalesRoles.of(authentication));
        ProspectContactForm form = new ProspectContactForm();
        form.setVersion(prospect.version());
        return form(model, prospect, null, form);
    }

    @GetMapping("/{index}/edit")
    String editForm(@PathVariable long id, @PathVariable int index, Authentication authentication, Model model) {
        SalesUser who = SalesRoles.of(authentication);
        Prospect prospect = book.get(id, who);
        ProspectContact contact = contacts.get(id, index, who);
        return form(model, prospect, index, ProspectContactForm.of(contact, prospect.version()));
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ProspectContactForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return save(id, null, form, errors, authentication, model, redirect);
    }

    @PostMapping("/{index}")
    String change(
            @PathVariable long id,
            @PathVariable int index,
            @Valid @ModelAttribute("contactForm") ProspectContactForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return save(id, index, form, errors, authentication, model, redirect);
    }

    @PostMapping("/{index}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam long version,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            contacts.remove(id, version, index, SalesRoles.of(authentication));
            redirect.addFlashAttribute("flash", "sales.contact.removed");
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", "sales.conflict");
        }
        return "redirect:/sales/prospects/" + id;
    }

    private String save(
            long id,
            Integer index,
            ProspectContactForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        SalesUser who = SalesRoles.of(authentication);
        Prospect prospect = book.get(id, who);
        if (errors.hasErrors()) {
            return form(model, prospect, index, form);
        }
        try {
            if (index == null) {
                contacts.add(id, form.getVersion(), form.contact(), who);
            } else {
                contacts.change(id, form.getVersion(), index, form.contact(), who);
            }
        } catch (InvalidInputException ex) {
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
            return form(model, prospect, index, form);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("conflict", true);
            return form(model, prospect, index, form);
        }
        redirect.addFlashAttribute("flash", "sales.contact.saved");
        return "redirect:/sales/prospects/" + id;
    }

    private static String form(Model model, Prospect prospect, Integer index, ProspectContactForm form) {
        model.addAttribute("p", prospect);
        model.addAttribute("index", index);
        model.addAttribute("contactForm", form);
        model.addAttribute("decisionLevels", ProspectContact.DECISION_LEVELS);
        return FORM;
    }
}
