package org.clientela.service.web;

import java.util.List;
import java.util.Locale;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.publicpromises.ContactHours;
import org.clientela.service.internal.publicpromises.Measurement;
import org.clientela.service.internal.publicpromises.PublicPromise;
import org.clientela.service.internal.publicpromises.PublicPromiseKind;
import org.clientela.service.internal.publicpromises.PublicPromiseMeter;
import org.clientela.service.internal.publicpromises.PublicPromises;
import org.clientela.service.internal.publicpromises.PublishedIn;
import org.clientela.service.internal.publicpromises.TargetUnit;
import org.clientela.service.internal.publicpromises.VerdictWords;
import org.clientela.service.internal.publicpromises.Window;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Preventing complaints: the page of the promises the business makes in public, each measured
 * against what happened with a verdict that says what to do today, and the contact-time heat map;
 * plus the form managers change a promise with ({@link PublicPromiseForm}).
 */
@Controller
class PublicPromisePages {

    private static final String PAGE = "service/public-promises";
    private static final String FORM = "service/public-promise-form";

    private final PublicPromises register;
    private final PublicPromiseMeter meter;
    private final ContactHours contactHours;
    private final VerdictWords words;

    PublicPromisePages(
            PublicPromises register, PublicPromiseMeter meter, ContactHours contactHours, VerdictWords words) {
        this.register = register;
        this.meter = meter;
        this.contactHours = contactHours;
        this.words = words;
    }

    /** A promise with its figures and its verdict written out in the reader's language. */
    record Row(Measurement m, String verdict) {}

    @GetMapping("/service/public-promises")
    @PreAuthorize(ServiceRoles.READERS)
    String page(
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String channel,
            Model model,
            Locale locale) {
        ChoiceParser choices = new ChoiceParser();
        Window asked = PublicPromiseInput.window(meter, days, until, choices);
        Channel channelAsked = choices.parse(Channel.class, channel, "channel", false);
        boolean readable = true;
        try {
            choices.throwIfAny();
        } catch (InvalidInputException ex) {
            readable = false;
        }
        // A hand-edited address that makes no sense shows the default window rather than an error page.
        Window window = readable ? asked : meter.window(null, null);
        Channel wanted = readable ? channelAsked : null;
        List<Row> rows = register.all().stream()
                .map(p -> meter.measure(p, window))
                .map(m -> new Row(m, words.write(m.verdict(), locale)))
                .toList();
        ContactHours.HeatMap map = contactHours.heatMap(window, wanted, meter.openingHours());
        model.addAttribute("window", window);
        model.addAttribute("rows", rows);
        model.addAttribute("heat", map);
        model.addAttribute("heatSummary", words.write(map.summary(), locale));
        model.addAttribute("channel", wanted);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("minMeasured", meter.minMeasured());
        return PAGE;
    }

    @GetMapping("/service/public-promises/new")
    @PreAuthorize(ServiceRoles.MANAGERS)
    String newForm(Model model) {
        PublicPromiseForm form = new PublicPromiseForm();
        form.setOpeningHours(meter.openingHours());
        return form(null, form, model);
    }

    @GetMapping("/service/public-promises/{id}")
    @PreAuthorize(ServiceRoles.MANAGERS)
    String editForm(@PathVariable long id, Model model) {
        return form(register.get(id), PublicPromiseForm.of(register.get(id)), model);
    }

    @PostMapping("/service/public-promises")
    @PreAuthorize(ServiceRoles.MANAGERS)
    String create(
            @ModelAttribute("form") PublicPromiseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            register.create(draft(form));
            redirect.addFlashAttribute("flash", "service.publicPromise.saved");
            return "redirect:/service/public-promises";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return form(null, form, model);
        }
    }

    @PostMapping("/service/public-promises/{id}")
    @PreAuthorize(ServiceRoles.MANAGERS)
    String update(
            @PathVariable long id,
            @ModelAttribute("form") PublicPromiseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            register.update(id, form.getVersion(), draft(form));
            redirect.addFlashAttribute("flash", "service.publicPromise.saved");
            return "redirect:/service/public-promises";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return form(register.get(id), form, model);
        } catch (OptimisticLockingFailureException ex) {
            // Show what the other person saved, keep what was typed; a second save overwrites knowingly.
            PublicPromise current = register.get(id);
            form.setVersion(current.version());
            model.addAttribute("conflict", true);
            return form(current, form, model);
        }
    }

    private String form(PublicPromise current, PublicPromiseForm form, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("kinds", PublicPromiseKind.values());
        model.addAttribute("units", TargetUnit.values());
        model.addAttribute("places", PublishedIn.values());
        model.addAttribute("channels", Channel.values());
        return FORM;
    }

    private static PublicPromises.Draft draft(PublicPromiseForm form) {
        ChoiceParser choices = new ChoiceParser();
        var draft = PublicPromiseInput.draft(
                form.getKind(),
                form.getStatement(),
                form.getTargetAmount(),
                form.getTargetUnit(),
                form.getOpeningHours(),
                form.getChannel(),
                form.getPublishedIn(),
                form.isActive(),
                choices);
        choices.throwIfAny();
        return draft;
    }
}
