package org.clientela.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage who may sign in: list, create with roles, unlock after too many wrong passwords. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersPages {

    static final String VIEW = "platform/users";

    private final UserAccountRepository users;
    private final UserAccounts accounts;
    private final JdbcTeams teams;
    private final Clock clock;

    UsersPages(UserAccountRepository users, UserAccounts accounts, JdbcTeams teams, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the new-user form posts. */
    static final class UserForm {

        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{user.username.pattern}")
        private String username;

        @Size(max = 200)
        private String displayName;

        @NotNull
        @AcceptablePassword
        private String password;

        @NotEmpty(message = "{users.roles.required}")
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles;
        }
    }

    /** One person in the list. */
    record UserRow(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            Instant lockedUntil,
            String team,
            boolean active) {

        static UserRow of(UserAccount account, Instant now, String team) {
            return new UserRow(
                    account.id(),
                    account.username(),
                    account.displayName(),
                    account.roles(),
                    account.lockedAt(now) ? account.lockedUntil() : null,
                    team,
                    account.enabled());
        }

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    @ModelAttribute
    void common(Model model) {
        Instant now = clock.instant();
        model.addAttribute("allRoles", Role.values());
        java.util.Map<String, String> team = teams.byUsername();
        model.addAttribute(
                "users",
                users.findAll().stream()
                        .sorted(Comparator.comparing(UserAccount::username))
                        .map(u -> UserRow.of(u, now, team.get(u.username())))
                        .toList());
        model.addAttribute("teamNames", teams.names());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new UserForm());
        return VIEW;
    }

    @PostMapping
    @Transactional
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, RedirectAttributes redirect) {
        // Say everything at once: a taken username next to the other mistakes.
        if (!errors.hasFieldErrors("username") && accounts.taken(form.getUsername())) {
            errors.rejectValue("username", "user.username.taken", new Object[] {form.getUsername()}, null);
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.create(form.getUsername(), form.getPassword(), form.getDisplayName(), form.getRoles());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.args(), null));
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "users.saved");
        return "redirect:/users";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", "users.unlocked");
        return "redirect:/users";
    }

    /** Puts a person in a team (or, blank, in none); a name too long is said in a flash, nothing changes. */
    @PostMapping("/{id}/team")
    String team(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String team,
            RedirectAttributes redirect) {
        try {
            teams.assign(id, team);
            redirect.addFlashAttribute("flash", "users.teamSaved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "user.team.size");
        }
        return "redirect:/users";
    }
}
