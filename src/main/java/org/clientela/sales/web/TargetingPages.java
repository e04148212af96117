package org.clientela.sales.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.targeting.Sector;
import org.clientela.sales.internal.targeting.SizeBand;
import org.clientela.sales.internal.targeting.Targeting;
import org.clientela.sales.internal.targeting.TargetingChanges;
import org.clientela.sales.internal.targeting.TargetingRules;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whom to ask for, per strategy, size band and sector: the matrix with what each cell inherits,
 * the rules behind it, the sectors and the size bands. Everyone in sales reads it; managers change it.
 */
@Controller
@RequestMapping("/sales/targeting")
class TargetingPages {

    private static final String PAGE = "sales/targeting";
    private static final String HOME = "redirect:/sales/targeting";

    private final Targeting targeting;
    private final TargetingRules rules;
    private final TargetingChanges changes;

    TargetingPages(Targeting targeting, TargetingRules rules, TargetingChanges changes) {
        this.targeting = targeting;
        this.rules = rules;
        this.changes = changes;
    }

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    String show(
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) String band,
            Locale locale,
            Model model) {
        if (edit != null) {
            rules.find(edit).ifPresent(r -> model.addAttribute("ruleForm", TargetingRuleForm.of(r)));
        }
        if (band != null) {
            rules.sizeBands().stream()
                    .filter(b -> b.code().equals(band))
                    .findFirst()
                    .ifPresent(b -> model.addAttribute("bandForm", SizeBandForm.of(b)));
        }
        return page(model, locale);
    }

    @PostMapping("/rules")
    @PreAuthorize(SalesRoles.MANAGERS)
    String saveRule(
            @ModelAttribute("ruleForm") TargetingRuleForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, locale);
        }
        try {
            changes.save(form.cell());
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return page(model, locale);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("ruleConflict", true);
            return page(model, locale);
        }
        redirect.addFlashAttribute("flash", "sales.targeting.rule.saved");
        return HOME;
    }

    @PostMapping("/rules/{id}/remove")
    @PreAuthorize(SalesRoles.MANAGERS)
    String removeRule(@PathVariable long id, RedirectAttributes redirect) {
        changes.remove(id);
        redirect.addFlashAttribute("flash", "sales.targeting.rule.removed");
        return HOME;
    }

    @PostMapping("/sectors")
    @PreAuthorize(SalesRoles.MANAGERS)
    String addSector(
            @ModelAttribute("sectorForm") SectorForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            changes.addSector(form.getCode(), form.getNameEs(), form.getNameEn());
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return page(model, locale);
        }
        redirect.addFlashAttribute("flash", "sales.targeting.sector.added");
        return HOME;
    }

    @PostMapping("/bands/{code}")
    @PreAuthorize(SalesRoles.MANAGERS)
    String changeBand(
            @PathVariable String code,
            @ModelAttribute("bandForm") SizeBandForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        form.setCode(code);
        if (errors.hasErrors()) {
            return page(model, locale);
        }
        try {
            changes.changeBand(
                    code, form.getNameEs(), form.getNameEn(), form.getMinEmployees(), form.getMaxEmployees());
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return page(model, locale);
        }
        redirect.addFlashAttribute("flash", "sales.targeting.band.saved");
        return HOME;
    }

    private String page(Model model, Locale locale) {
        List<Sector> sectors = rules.sectors();
        List<SizeBand> bands = rules.sizeBands();
        Map<String, String> sectorNames = new LinkedHashMap<>();
        sectors.forEach(s -> sectorNames.put(s.code(), s.name(locale)));
        Map<String, String> bandNames = new LinkedHashMap<>();
        bands.forEach(b -> bandNames.put(b.code(), b.name(locale)));
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute(
                "matrices",
                Arrays.stream(Strategy.values()).map(targeting::matrix).toList());
        model.addAttribute("rules", rules.all());
        model.addAttribute("sectors", sectors);
        model.addAttribute("bands", bands);
        model.addAttribute("sectorNames", sectorNames);
        model.addAttribute("bandNames", bandNames);
        if (!model.containsAttribute("ruleForm")) {
            model.addAttribute("ruleForm", new TargetingRuleForm());
        }
        if (!model.containsAttribute("sectorForm")) {
            model.addAttribute("sectorForm", new SectorForm());
        }
        return PAGE;
    }

    private static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
        }
    }
}
