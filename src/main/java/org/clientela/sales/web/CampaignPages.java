package org.clientela.sales.web;

import jakarta.validation.Valid;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.CampaignPlanner;
import org.clientela.sales.internal.campaigns.CampaignStatus;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectQuery;
import org.clientela.sales.internal.targeting.TargetingRules;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign list, a campaign's page with its prospects and funnel, and the campaign form. */
@Controller
@RequestMapping("/sales/campaigns")
class CampaignPages {

    private final CampaignPlanner planner;
    private final ProspectBook prospects;
    private final TargetingRules rules;
    private final UserDirectory users;

    CampaignPages(CampaignPlanner planner, ProspectBook prospects, TargetingRules rules, UserDirectory users) {
        this.planner = planner;
        this.prospects = prospects;
        this.rules = rules;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    String list(Model model) {
        model.addAttribute("campaigns", planner.all());
        return "sales/campaigns";
    }

    @GetMapping("/{id}")
    @PreAuthorize(SalesRoles.READERS)
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("campaign", planner.get(id));
        model.addAttribute(
                "prospects",
                prospects.search(
                        new ProspectQuery(null, null, id, null, null, null, null, null, null, 0, 50),
                        SalesRoles.of(authentication)));
        return "sales/campaign";
    }

    private void choices(Model model) {
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("statuses", CampaignStatus.values());
        model.addAttribute("sectors", rules.sectors());
        model.addAttribute("bands", rules.sizeBands());
        model.addAttribute("people", users.activePeople());
    }

    @GetMapping("/new")
    @PreAuthorize(SalesRoles.MANAGERS)
    String newForm(Model model) {
        choices(model);
        model.addAttribute("form", new CampaignForm());
        return "sales/campaign-form";
    }

    @PostMapping
    @PreAuthorize(SalesRoles.MANAGERS)
    String create(
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        choices(model);
        if (errors.hasErrors()) {
            return "sales/campaign-form";
        }
        try {
            Campaign created = planner.create(form.campaign(null), authentication.getName());
            redirect.addFlashAttribute("flash", "sales.campaign.saved");
            return "redirect:/sales/campaigns/" + created.id();
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return "sales/campaign-form";
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(SalesRoles.MANAGERS)
    String editForm(@PathVariable long id, Model model) {
        choices(model);
        Campaign campaign = planner.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", CampaignForm.of(campaign));
        return "sales/campaign-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(SalesRoles.MANAGERS)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        choices(model);
        model.addAttribute("campaign", planner.get(id));
        if (errors.hasErrors()) {
            return "sales/campaign-form";
        }
        try {
            planner.update(form.campaign(id));
            redirect.addFlashAttribute("flash", "sales.campaign.saved");
            return "redirect:/sales/campaigns/" + id;
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("form", CampaignForm.of(planner.get(id)));
            model.addAttribute("conflict", true);
            return "sales/campaign-form";
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return "sales/campaign-form";
        }
    }

    private static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            String field = error.field().replaceAll("\\[\\d+]$", "");
            errors.rejectValue(field, error.messageKey(), error.args(), error.messageKey());
        }
    }
}
