package org.clientela.sales.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.TextInput;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.targeting.Sector;
import org.clientela.sales.internal.targeting.SizeBand;
import org.clientela.sales.internal.targeting.TargetingRule;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The targeting matrix: which title to ask for, by strategy, sector and size band, with {@code *}
 * for any. Everyone in sales reads it (it is what the prospect page's "whom to call" comes from);
 * managers add a cell, change its titles (the same strategy, sector and band again) or remove it.
 */
@Controller
@RequestMapping("/sales/targeting")
class TargetingPages {

    private final TargetingRules rules;

    TargetingPages(TargetingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    String matrix(Model model) {
        return show(new LinkedHashMap<>(), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(SalesRoles.MANAGERS)
    String put(
            @RequestParam(defaultValue = "") String strategy,
            @RequestParam(defaultValue = TargetingRule.ANY) String sector,
            @RequestParam(defaultValue = TargetingRule.ANY) String sizeBand,
            @RequestParam(defaultValue = "") String titleEs,
            @RequestParam(defaultValue = "") String titleEn,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Strategy chosen = null;
        try {
            chosen = Strategy.valueOf(strategy);
        } catch (IllegalArgumentException e) {
            errors.put("strategy", "sales.targeting.strategy.invalid");
        }
        if (!TargetingRule.ANY.equals(sector)
                && rules.sectors().stream().map(Sector::code).noneMatch(sector::equals)) {
            errors.put("sector", "sales.targeting.sector.invalid");
        }
        if (!TargetingRule.ANY.equals(sizeBand)
                && rules.sizeBands().stream().map(SizeBand::code).noneMatch(sizeBand::equals)) {
            errors.put("sizeBand", "sales.targeting.sizeBand.invalid");
        }
        String es = title(titleEs, "titleEs", errors);
        String en = title(titleEn, "titleEn", errors);
        if (!errors.isEmpty()) {
            return show(
                    errors,
                    Map.of(
                            "strategy",
                            strategy,
                            "sector",
                            sector,
                            "sizeBand",
                            sizeBand,
                            "titleEs",
                            titleEs,
                            "titleEn",
                            titleEn),
                    model);
        }
        rules.put(chosen, sector, sizeBand, es, en);
        redirect.addFlashAttribute("flash", "sales.targeting.saved");
        return "redirect:/sales/targeting";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(SalesRoles.MANAGERS)
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        rules.remove(id);
        redirect.addFlashAttribute("flash", "sales.targeting.removed");
        return "redirect:/sales/targeting";
    }

    private static String title(String text, String field, Map<String, String> errors) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            errors.put(field, "sales.targeting.title.required");
        } else if (TextInput.fault(clean, TargetingRule.TITLE_MAX, false) != null) {
            errors.put(field, "sales.targeting.title.invalid");
        }
        return clean;
    }

    private String show(Map<String, String> errors, Map<String, String> typed, Model model) {
        List<TargetingRule> all = rules.all();
        model.addAttribute("rules", all);
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("sectors", rules.sectors());
        model.addAttribute("bands", rules.sizeBands());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("titleMax", TargetingRule.TITLE_MAX);
        return "sales/targeting";
    }
}
