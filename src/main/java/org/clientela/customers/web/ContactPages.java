package org.clientela.customers.web;

import jakarta.validation.Valid;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.Customers;
import org.clientela.customers.internal.DecisionLevel;
import org.clientela.customers.internal.Timeline;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people at a customer, added and removed from the customer page. */
@Controller
@RequestMapping("/customers/{id}/contacts")
@PreAuthorize(CustomerApi.WRITERS)
class ContactPages {

    private final Customers customers;
    private final Timeline timeline;

    ContactPages(Customers customers, Timeline timeline) {
        this.customers = customers;
        this.timeline = timeline;
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return showAgain(id, model, false);
        }
        try {
            customers.addContact(id, form.getVersion(), form.contact());
        } catch (OptimisticLockingFailureException e) {
            return showAgain(id, model, true);
        }
        redirect.addFlashAttribute("flash", "customers.contact.added");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{index}/remove")
    String remove(
            @PathVariable long id, @PathVariable int index, @RequestParam long version, RedirectAttributes redirect) {
        try {
            customers.removeContact(id, version, index);
            redirect.addFlashAttribute("flash", "customers.contact.removed");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "customers.contact.conflict");
        }
        return "redirect:/customers/" + id;
    }

    /** The customer page again, with the form's errors next to its fields (or the conflict). */
    private String showAgain(long id, Model model, boolean conflict) {
        Customer customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("timeline", timeline.of(id, 20));
        model.addAttribute("decisionLevels", DecisionLevel.values());
        model.addAttribute("contactConflict", conflict);
        model.addAttribute("contactFormOpen", true);
        return "customers/show";
    }
}
