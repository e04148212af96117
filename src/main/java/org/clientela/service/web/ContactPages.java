package org.clientela.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerLookup;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.contact.ContactGate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public contact form: anyone may open a case without signing in. The writer is matched to a
 * customer by e-mail address; a stranger becomes a prospect, so that nobody's message is lost and
 * no customer record is changed by a visitor. The bean has a name of its own: the customers module
 * has a {@code ContactPages} too (a customer's people).
 */
@Controller("serviceContactPages")
class ContactPages {

    private final ContactGate gate;
    private final CustomerLookup lookup;
    private final Cases cases;

    ContactPages(ContactGate gate, CustomerLookup lookup, Cases cases) {
        this.gate = gate;
        this.lookup = lookup;
        this.cases = cases;
    }

    /** What a visitor writes; {@code website} is the honeypot people never see. */
    static class ContactForm {
        private String name;
        private String email;
        private String phone;
        private String type = "QUESTION";
        private String subject;
        private String message;
        private String website;
        private String token;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getMessage() { return message; }
        public void setMessage(String message) { this.message = message; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
    }

    @GetMapping("/contact")
    @PreAuthorize("permitAll()")
    String form(Model model) {
        ContactForm form = new ContactForm();
        form.setToken(gate.issue());
        model.addAttribute("form", form);
        model.addAttribute("types", CaseType.values());
        return "service/contact";
    }

    @PostMapping("/contact")
    @PreAuthorize("permitAll()")
    String send(@ModelAttribute("form") ContactForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("types", CaseType.values());
        ContactGate.Verdict verdict = gate.judge(form.getWebsite(), form.getToken(), request.getRemoteAddr());
        if (verdict == ContactGate.Verdict.TOO_MANY) {
            response.setStatus(429);
            model.addAttribute("refused", "service.contact.tooMany");
            form.setToken(gate.issue());
            return "service/contact";
        }
        if (verdict != ContactGate.Verdict.ACCEPTED) {
            model.addAttribute("refused", "service.contact.tooFast");
            form.setToken(gate.issue());
            return "service/contact";
        }
        require(form.getName(), "name", 200, errors);
        require(form.getEmail(), "email", 320, errors);
        require(form.getSubject(), "subject", 200, errors);
        require(form.getMessage(), "message", 4000, errors);
        if (form.getEmail() != null && !form.getEmail().isBlank()
                && !form.getEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.rejectValue("email", "service.contact.email.invalid");
        }
        if (form.getPhone() != null && !form.getPhone().isBlank()
                && !form.getPhone().strip().matches("[0-9 +()\\-./]{6,40}")) {
            errors.rejectValue("phone", "service.contact.phone.invalid");
        }
        CaseType type;
        try {
            type = CaseType.valueOf(form.getType());
        } catch (RuntimeException unknown) {
            type = CaseType.QUESTION;
        }
        if (errors.hasErrors()) {
            form.setToken(gate.issue());
            return "service/contact";
        }
        String email = form.getEmail().strip();
        CustomerRef customer = lookup.findByEmail(email)
                .orElseGet(() -> lookup.registerProspect(form.getName().strip(), email,
                        form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip()));
        ServiceCase opened = cases.open(new CaseCommands.OpenCase(customer.id(), type, Channel.WEB,
                type == CaseType.COMPLAINT ? ComplaintReason.OTHER : null, null, null, form.getSubject().strip(),
                form.getMessage().strip()));
        redirect.addFlashAttribute("reference", opened.getReference());
        return "redirect:/contact/thanks";
    }

    @GetMapping("/contact/thanks")
    @PreAuthorize("permitAll()")
    String thanks() {
        return "service/contact-thanks";
    }

    private static void require(String value, String field, int max, BindingResult errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "service.value.required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "service.value.tooLong", new Object[] {max}, null);
        }
    }
}
