package org.clientela.sales.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.leads.NewLead;
import org.clientela.sales.internal.leads.WebLeads;
import org.clientela.service.PublicFormGate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public web-to-lead form: anyone may ask to be called without signing in, on our page or from
 * a plain HTML form on the business's own site. Such a form carries no fill-time token of ours, so
 * its first post only shows the visitor our form filled in, to check and send: robots that skip
 * the token get a page, not a prospect.
 */
@Controller
class LeadPages {

    private static final String FORM = "sales/lead";

    private final PublicFormGate gate;
    private final WebLeads leads;
    private final MessageSource messages;

    LeadPages(PublicFormGate gate, WebLeads leads, MessageSource messages) {
        this.gate = gate;
        this.leads = leads;
        this.messages = messages;
    }

    @GetMapping("/lead")
    @PreAuthorize("permitAll()")
    String form(@RequestHeader(name = "Referer", required = false) String referer, Model model) {
        LeadForm form = new LeadForm();
        form.setPage(referer);
        form.setToken(gate.issue());
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/lead")
    @PreAuthorize("permitAll()")
    String send(
            @ModelAttribute("form") LeadForm form,
            BindingResult errors,
            @RequestHeader(name = "Referer", required = false) String referer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (blank(form.getPage()) && !blank(referer)) {
            form.setPage(referer);
        }
        if (blank(form.getToken()) && blank(form.getWebsite())) {
            form.setToken(gate.issue());
            model.addAttribute("notice", "sales.lead.confirm");
            return FORM;
        }
        PublicFormGate.Verdict verdict = gate.judge(form.getWebsite(), form.getToken(), request.getRemoteAddr());
        if (verdict != PublicFormGate.Verdict.ACCEPTED) {
            if (verdict == PublicFormGate.Verdict.TOO_MANY) {
                response.setStatus(429);
            }
            model.addAttribute(
                    "refused",
                    verdict == PublicFormGate.Verdict.TOO_MANY ? "sales.lead.tooMany" : "sales.lead.tooFast");
            form.setToken(gate.issue());
            return FORM;
        }
        Locale locale = LocaleContextHolder.getLocale();
        try {
            WebLeads.Received received = leads.receive(new NewLead(
                    form.getCompany(),
                    form.getName(),
                    form.getEmail(),
                    form.getPhone(),
                    form.getMessage(),
                    form.isMarketingConsent(),
                    locale.getLanguage(),
                    shownText(locale),
                    form.getPage()));
            redirect.addFlashAttribute("callBackBy", received.callBackBy());
            return "redirect:/lead/thanks";
        } catch (InvalidInputException ex) {
            for (InputError error : ex.errors()) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            }
            form.setToken(gate.issue());
            return FORM;
        }
    }

    @GetMapping("/lead/thanks")
    @PreAuthorize("permitAll()")
    String thanks() {
        return "sales/lead-thanks";
    }

    /** The words next to the consent box, as the form shows them in {@code locale}. */
    private String shownText(Locale locale) {
        return messages.getMessage("sales.lead.privacy", null, locale)
                + "\n\n"
                + messages.getMessage("sales.lead.consent", null, locale);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
