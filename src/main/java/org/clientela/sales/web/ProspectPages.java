package org.clientela.sales.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.ProspectPanel;
import org.clientela.sales.internal.campaigns.CampaignPlanner;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectSource;
import org.clientela.sales.internal.prospects.Research;
import org.clientela.sales.internal.prospects.SalesUser;
import org.clientela.sales.internal.prospects.Stage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prospect list with search as you type and filters, the prospect page and its form. */
@Controller
@RequestMapping("/sales")
class ProspectPages {

    private static final int PAGE_SIZE = 25;

    private final ProspectBook book;
    private final CampaignPlanner campaigns;
    private final TargetingRules rules;
    private final UserDirectory users;
    private final List<ProspectPanel> panels;

    ProspectPages(
            ProspectBook book,
            CampaignPlanner campaigns,
            TargetingRules rules,
            UserDirectory users,
            List<ProspectPanel> panels) {
        this.book = book;
        this.campaigns = campaigns;
        this.rules = rules;
        this.users = users;
        this.panels = panels.stream()
                .sorted(java.util.Comparator.comparingInt(ProspectPanel::position))
                .toList();
    }

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    String home() {
        return "redirect:/sales/prospects";
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", Stage.values());
        model.addAttribute("sources", ProspectSource.values());
    }

    @GetMapping("/prospects")
    @PreAuthorize(SalesRoles.READERS)
    String list(ProspectFilter filter, Authentication authentication, Model model) {
        results(filter, authentication, model);
        model.addAttribute("readyCount", book.readyToCall(SalesRoles.of(authentication)));
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("people", users.activePeople());
        return "sales/prospects";
    }

    /** Just the results, for htmx while the person types; the address bar follows. */
    @GetMapping("/prospects/rows")
    @PreAuthorize(SalesRoles.READERS)
    String rows(
            ProspectFilter filter,
            Authentication authentication,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        ListLinks links = results(filter, authentication, model);
        response.setHeader("HX-Replace-Url", request.getContextPath() + links.page(filter.page()));
        return "sales/prospects :: results";
    }

    private ListLinks results(ProspectFilter filter, Authentication authentication, Model model) {
        ListLinks links = filter.links("/sales/prospects");
        filter.show(model);
        model.addAttribute("links", links);
        model.addAttribute("results", book.search(filter.query(PAGE_SIZE), SalesRoles.of(authentication)));
        return links;
    }

    @GetMapping("/prospects/{id}")
    @PreAuthorize(SalesRoles.READERS)
    String show(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
        Prospect prospect = book.get(id, SalesRoles.of(authentication));
        model.addAttribute("card", book.card(prospect, locale));
        model.addAttribute("p", prospect);
        model.addAttribute("research", prospect.research());
        model.addAttribute("sectors", rules.sectors());
        model.addAttribute("bands", rules.sizeBands());
        model.addAttribute("panels", panels);
        return "sales/prospect";
    }

    @PostMapping("/prospects/{id}/research")
    @PreAuthorize(SalesRoles.WRITERS)
    String research(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String business,
            @RequestParam(required = false) String news,
            @RequestParam(required = false) String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            book.research(id, version, new Research(contact, business, news, reason), SalesRoles.of(authentication));
            redirect.addFlashAttribute("flash", "sales.research.saved");
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", "sales.conflict");
        } catch (InvalidInputException ex) {
            redirect.addFlashAttribute("flashError", "sales.research.tooLong");
        }
        return "redirect:/sales/prospects/" + id;
    }

    private void formChoices(Model model) {
        model.addAttribute("people", users.activePeople());
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("sectors", rules.sectors());
    }

    @GetMapping("/prospects/new")
    @PreAuthorize(SalesRoles.WRITERS)
    String newForm(Model model) {
        formChoices(model);
        model.addAttribute("form", new ProspectForm());
        return "sales/prospect-form";
    }

    @PostMapping("/prospects")
    @PreAuthorize(SalesRoles.WRITERS)
    String create(
            @Valid @ModelAttribute("form") ProspectForm form,
            BindingResult errors,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        formChoices(model);
        if (errors.hasErrors()) {
            return "sales/prospect-form";
        }
        try {
            ProspectBook.Saved saved = book.create(form.details(null), SalesRoles.of(authentication), false);
            saved.duplicateOf().ifPresent(d -> redirect.addFlashAttribute("duplicate", d));
            redirect.addFlashAttribute("flash", "sales.prospect.saved");
            return "redirect:/sales/prospects/" + saved.prospect().id();
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return "sales/prospect-form";
        }
    }

    @GetMapping("/prospects/{id}/edit")
    @PreAuthorize(SalesRoles.WRITERS)
    String editForm(@PathVariable long id, Authentication authentication, Model model) {
        formChoices(model);
        Prospect prospect = book.get(id, SalesRoles.of(authentication));
        model.addAttribute("p", prospect);
        model.addAttribute("form", ProspectForm.of(prospect));
        return "sales/prospect-form";
    }

    @PostMapping("/prospects/{id}")
    @PreAuthorize(SalesRoles.WRITERS)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProspectForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        formChoices(model);
        SalesUser who = SalesRoles.of(authentication);
        Prospect existing = book.get(id, who);
        model.addAttribute("p", existing);
        if (errors.hasErrors()) {
            return "sales/prospect-form";
        }
        try {
            ProspectBook.Saved saved =
                    book.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.details(existing), who);
            saved.duplicateOf().ifPresent(d -> redirect.addFlashAttribute("duplicate", d));
            redirect.addFlashAttribute("flash", "sales.prospect.saved");
            return "redirect:/sales/prospects/" + id;
        } catch (OptimisticLockingFailureException ex) {
            Prospect current = book.get(id, who);
            model.addAttribute("p", current);
            model.addAttribute("form", ProspectForm.of(current));
            model.addAttribute("conflict", true);
            return "sales/prospect-form";
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return "sales/prospect-form";
        }
    }

    private static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            String field = error.field().startsWith("contacts") ? "contactName" : error.field();
            errors.rejectValue(field, error.messageKey(), error.args(), error.messageKey());
        }
    }
}
