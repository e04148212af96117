package org.clientela.satisfaction.web;

import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.retention.SegmentMembers;
import org.clientela.satisfaction.internal.loyalty.ClubFigures;
import org.clientela.satisfaction.internal.loyalty.Invitations;
import org.clientela.satisfaction.internal.loyalty.JoinChannel;
import org.clientela.satisfaction.internal.loyalty.LoyaltyPrograms;
import org.clientela.satisfaction.internal.loyalty.LoyaltyStateException;
import org.clientela.satisfaction.internal.loyalty.Memberships;
import org.clientela.satisfaction.internal.loyalty.Program;
import org.clientela.satisfaction.internal.loyalty.TierBasis;
import org.clientela.satisfaction.internal.loyalty.TierRecompute;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The club's pages: every program with its figures and a new-program form for managers, and one
 * program's page with its tiers, figures, members and the customers of a segment to invite.
 */
@Controller
class ClubPages {

    private static final int PAGE_SIZE = 25;
    private static final int CANDIDATES = 25;

    private final LoyaltyPrograms programs;
    private final ClubFigures figures;
    private final Memberships memberships;
    private final Invitations invitations;
    private final TierRecompute recompute;
    private final SegmentMembers segments;
    private final CustomerDirectory customers;
    private final CustomerOwners owners;
    private final MessageSource messages;

    ClubPages(
            LoyaltyPrograms programs,
            ClubFigures figures,
            Memberships memberships,
            Invitations invitations,
            TierRecompute recompute,
            SegmentMembers segments,
            CustomerDirectory customers,
            CustomerOwners owners,
            MessageSource messages) {
        this.programs = programs;
        this.figures = figures;
        this.memberships = memberships;
        this.invitations = invitations;
        this.recompute = recompute;
        this.segments = segments;
        this.customers = customers;
        this.owners = owners;
        this.messages = messages;
    }

    @GetMapping("/satisfaction/loyalty")
    @PreAuthorize(LoyaltyRoles.READERS)
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ClubProgramForm());
        }
        return list(model, (ClubProgramForm) model.getAttribute("form"));
    }

    private String list(Model model, ClubProgramForm form) {
        List<Program> all = programs.all();
        model.addAttribute("programs", all);
        model.addAttribute("figures", all.stream().map(p -> figures.of(p.id())).toList());
        model.addAttribute("form", form);
        model.addAttribute("bases", TierBasis.values());
        return "satisfaction/loyalty";
    }

    @PostMapping("/satisfaction/loyalty")
    @PreAuthorize(LoyaltyRoles.MANAGERS)
    String create(
            @ModelAttribute("form") ClubProgramForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // A number that is not one (the binder's own refusal) is said in our words.
            model.addAttribute("formOpen", true);
            return list(model, form);
        }
        try {
            Program created = programs.create(form.program());
            redirect.addFlashAttribute("flash", "satisfaction.loyalty.created");
            return "redirect:/satisfaction/loyalty/" + created.id();
        } catch (InvalidInputException ex) {
            form.compact();
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
            model.addAttribute("formOpen", true);
            return list(model, form);
        }
    }

    @GetMapping("/satisfaction/loyalty/{id}")
    @PreAuthorize(LoyaltyRoles.READERS)
    String program(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "CHAMPIONS") String segment,
            Model model) {
        Program program = programs.get(id);
        if (!segments.segments().contains(segment)) {
            segment = "CHAMPIONS";
        }
        Slice<Memberships.Member> members = memberships.members(program, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("program", program);
        model.addAttribute("figures", figures.of(id));
        model.addAttribute("slice", members);
        model.addAttribute(
                "names",
                customers.findAll(members.items().stream()
                        .map(Memberships.Member::customerId)
                        .toList()));
        model.addAttribute("segments", segments.segments());
        model.addAttribute("segment", segment);
        model.addAttribute("candidates", invitations.candidates(id, segment, CANDIDATES));
        return "satisfaction/loyalty-program";
    }

    @PostMapping("/satisfaction/loyalty/{id}/recompute")
    @PreAuthorize(LoyaltyRoles.MANAGERS)
    String recompute(@PathVariable long id, RedirectAttributes redirect) {
        try {
            TierRecompute.Result result = recompute.recompute(id);
            redirect.addFlashAttribute("recomputed", result);
        } catch (LoyaltyStateException busy) {
            redirect.addFlashAttribute("flashError", busy.messageKey());
        }
        return "redirect:/satisfaction/loyalty/" + id;
    }

    /** Invites a customer from the program's page or the customer's page, then goes back there. */
    @PostMapping("/satisfaction/loyalty/{id}/invite")
    @PreAuthorize(LoyaltyRoles.INVITERS)
    String invite(
            @PathVariable long id,
            @RequestParam long customerId,
            @RequestParam JoinChannel channel,
            @RequestParam(required = false) String back,
            Authentication authentication,
            RedirectAttributes redirect) {
        programs.get(id);
        customers
                .find(customerId)
                .orElseThrow(() -> new org.clientela.platform.NotFoundException("customer", customerId));
        LoyaltyRoles.checkMayInvite(authentication, owners, customerId);
        try {
            if (channel == JoinChannel.EMAIL) {
                invitations.inviteByEmail(id, customerId, LoyaltyApi.baseUrl(), LocaleContextHolder.getLocale());
                redirect.addFlashAttribute("flash", "satisfaction.loyalty.invite.sent");
            } else {
                invitations.recordInPerson(id, customerId);
                redirect.addFlashAttribute("flash", "satisfaction.loyalty.invite.recorded");
            }
        } catch (InvalidInputException ex) {
            redirect.addFlashAttribute("flashError", ex.errors().get(0).messageKey());
        } catch (LoyaltyStateException ex) {
            redirect.addFlashAttribute("flashError", ex.messageKey());
        } catch (org.springframework.mail.MailException ex) {
            redirect.addFlashAttribute("flashError", "satisfaction.loyalty.invite.noSmtp");
        }
        return "customer".equals(back) ? "redirect:/customers/" + customerId : "redirect:/satisfaction/loyalty/" + id;
    }
}
