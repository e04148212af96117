package org.clientela.retention.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.HtmxReload;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.LossReason;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.retention.internal.losses.LossStateException;
import org.springframework.dao.DuplicateKeyException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention card of the customer page (loaded by htmx) with its two actions: mark the
 * customer lost, and mark them won back. After a change the whole customer page is reloaded
 * (htmx {@code HX-Redirect}, or a plain redirect without htmx).
 */
@Controller
@RequestMapping("/retention/customers/{id}")
class CustomerLossPages {

    private static final String PANEL = "retention/panel :: panel";

    private final LossRegister register;
    private final CustomerDirectory customers;
    private final CustomerPurchases histories;
    private final Clock clock;

    CustomerLossPages(LossRegister register, CustomerDirectory customers, CustomerPurchases histories, Clock clock) {
        this.register = register;
        this.customers = customers;
        this.histories = histories;
        this.clock = clock;
    }

    @GetMapping("/loss")
    @PreAuthorize(RetentionRoles.READERS)
    String panel(@PathVariable long id, Model model) {
        LossForm form = new LossForm();
        register.suggestedReason(id).ifPresent(s -> {
            form.setReason(s.reason().name());
            model.addAttribute("suggestion", s);
        });
        model.addAttribute("form", form);
        return show(id, model);
    }

    @PostMapping("/loss")
    @PreAuthorize(RetentionRoles.WRITERS)
    String markLost(
            @PathVariable long id,
            @ModelAttribute("form") LossForm form,
            BindingResult errors,
            @RequestParam(required = false) String back,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            register.markLost(id, form.getReason(), form.getNote(), form.getLostOn());
        } catch (InvalidInputException ex) {
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
            model.addAttribute("formOpen", true);
            return htmx == null ? page(id, model) : show(id, model);
        } catch (DuplicateKeyException ex) {
            model.addAttribute("alreadyLost", true);
            return htmx == null ? page(id, model) : show(id, model);
        }
        if ("presumed".equals(back)) {
            redirect.addFlashAttribute("flash", "retention.loss.saved");
            return "redirect:/retention/losses#presumed";
        }
        return done(id, htmx, request, response, redirect, "retention.loss.saved");
    }

    @PostMapping("/won-back")
    @PreAuthorize(RetentionRoles.WRITERS)
    String wonBack(
            @PathVariable long id,
            @RequestParam(required = false) String back,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String flash = "flash";
        String message = "retention.wonBack.saved";
        try {
            register.markWonBack(id, null);
        } catch (LossStateException refused) {
            flash = "flashError";
            message = refused.messageKey();
        }
        if ("losses".equals(back)) {
            redirect.addFlashAttribute(flash, message);
            return "redirect:/retention/losses";
        }
        return done(id, htmx, request, response, redirect, flash, message);
    }

    private String done(
            long id,
            String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String message) {
        return done(id, htmx, request, response, redirect, "flash", message);
    }

    private String done(
            long id,
            String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String flash,
            String message) {
        if (htmx != null) {
            HtmxReload.withMessage(request, response, "/customers/" + id, flash, message);
            return "retention/panel :: empty";
        }
        redirect.addFlashAttribute(flash, message);
        return "redirect:/customers/" + id;
    }

    private String show(long id, Model model) {
        CustomerDirectory.CustomerRef customer =
                customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        model.addAttribute("customer", customer);
        var standing = register.standing(id);
        model.addAttribute("loss", standing.orElse(null));
        model.addAttribute(
                "history",
                register.history(id).stream().filter(l -> !l.standing()).toList());
        LocalDate last = histories.lastPurchases(java.util.List.of(id)).get(id);
        model.addAttribute("lastPurchase", last);
        model.addAttribute(
                "boughtAgain",
                standing.isPresent()
                        && last != null
                        && last.isAfter(standing.get().lostOn()));
        model.addAttribute("unavoidable", LossReason.ofGroup(false));
        model.addAttribute("avoidable", LossReason.ofGroup(true));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("modelFitted", register.modelFitted());
        return PANEL;
    }

    /** Without htmx a refused form is shown on a page of its own, with the errors next to the fields. */
    private String page(long id, Model model) {
        show(id, model);
        return "retention/mark-lost";
    }
}
