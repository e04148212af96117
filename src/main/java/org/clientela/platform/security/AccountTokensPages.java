package org.clientela.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clientela.platform.AuditLog;
import org.clientela.platform.NotFoundException;
import org.springframework.http.HttpHeaders;
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

/** Each person's own API tokens: make one (shown once), see when each was last used, revoke. */
@Controller
@RequestMapping("/account/tokens")
class AccountTokensPages {

    static final String VIEW = "platform/tokens";
    static final String REDIRECT = "redirect:/account/tokens";

    private final ApiTokens tokens;
    private final AuditLog audit;

    AccountTokensPages(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** What the form posts. */
    static final class TokenForm {

        @NotBlank
        @Size(max = 100)
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @GetMapping
    String list(Authentication me, Model model) {
        model.addAttribute("form", new TokenForm());
        return show(me, model);
    }

    @PostMapping
    String issue(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            Authentication me,
            Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return show(me, model);
        }
        String name = form.getName().strip();
        String token = tokens.issue(me.getName(), name);
        audit.record("API_TOKEN_ISSUED", "user", me.getName(), "API token '" + name + "'", null, null, name);
        // The token is shown in the answer to this POST, not after a redirect: a redirect would carry it in
        // the session, which is a database row (and so in the database's log and backups) until it is read.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issuedToken", token);
        model.addAttribute("flash", "account.tokens.issued");
        model.addAttribute("form", new TokenForm());
        return show(me, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Authentication me, RedirectAttributes redirect) {
        if (!tokens.revoke(me.getName(), id)) {
            throw new NotFoundException("token", id);
        }
        audit.record("API_TOKEN_REVOKED", "user", me.getName(), "API token " + id, null, null, String.valueOf(id));
        redirect.addFlashAttribute("flash", "account.tokens.revoked");
        return REDIRECT;
    }

    private String show(Authentication me, Model model) {
        model.addAttribute("tokens", tokens.of(me.getName()));
        return VIEW;
    }
}
