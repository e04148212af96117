package org.clientela.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.clientela.platform.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where a person whose password an administrator set is sent after typing it right, before anything
 * else: they choose their own, and are then signed in. The session only holds that this person typed
 * the password whose stored hash was {@code checkedHash}; nobody is signed in until the change is made.
 */
@Controller
@RequestMapping(PasswordChangePages.PATH)
class PasswordChangePages {

    static final String PATH = "/password/change";
    static final String VIEW = "platform/password-change";
    private static final String PENDING = PasswordChangePages.class.getName() + ".PENDING";

    private final UserChanges changes;
    private final AccountUserDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordChangePages(UserChanges changes, AccountUserDetailsService accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    /** Who typed the right (administrator-set) password in this session, and the hash it matched. */
    record Pending(String username, String checkedHash) implements Serializable {}

    /** Called by the sign-in's failure handler: this session may now choose a new password for that person. */
    static void begin(HttpServletRequest request, PasswordChangeRequired change) {
        request.getSession(true).setAttribute(PENDING, new Pending(change.username(), change.checkedHash()));
    }

    /** The new password, twice. */
    static final class ChangeForm {

        @NotNull
        @AcceptablePassword
        private String password;

        private String repeat;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getRepeat() {
            return repeat;
        }

        public void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    @GetMapping
    String show(HttpSession session, Model model) {
        if (pending(session) == null) {
            return "redirect:/login";
        }
        model.addAttribute("form", new ChangeForm());
        model.addAttribute("username", pending(session).username());
        return VIEW;
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") ChangeForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Pending pending = pending(request.getSession(false));
        if (pending == null) {
            return "redirect:/login";
        }
        model.addAttribute("username", pending.username());
        if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getRepeat())) {
            errors.rejectValue("repeat", "password.change.mismatch");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        UserDetails user = accounts.loadUserByUsername(pending.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        // Signed in for the audit entry of the change; undone if the change is refused.
        SecurityContextHolder.setContext(context);
        try {
            changes.chooseOwnPassword(pending.username(), pending.checkedHash(), form.getPassword());
        } catch (InvalidInputException e) {
            SecurityContextHolder.clearContext();
            e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.args(), null));
            return VIEW;
        }
        UserDetails changed = accounts.loadUserByUsername(pending.username());
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }

    private static Pending pending(HttpSession session) {
        return session == null ? null : session.getAttribute(PENDING) instanceof Pending p ? p : null;
    }
}
