package org.clientela.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One person, as an administrator edits them: display name, roles, team, active or not, and a new
 * password they must replace at their next sign-in. Mistakes are said next to their field.
 */
@Controller
@RequestMapping("/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    static final String VIEW = "platform/user";

    private final UserAccountRepository users;
    private final UserChanges changes;
    private final JdbcTeams teams;

    UserPages(UserAccountRepository users, UserChanges changes, JdbcTeams teams) {
        this.users = users;
        this.changes = changes;
        this.teams = teams;
    }

    /** What the edit form posts. */
    static final class EditForm {

        private String displayName;
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private String team;
        private boolean active;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
        }

        public String getTeam() {
            return team;
        }

        public void setTeam(String team) {
            this.team = team;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    /** What the new-password form posts. */
    static final class PasswordForm {

        @NotNull
        @AcceptablePassword
        private String password;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** The person as the page shows them above the forms. */
    record Person(long id, String username, String displayName, boolean active, boolean mustChangePassword) {}

    @ModelAttribute
    void common(@PathVariable long id, Model model) {
        UserAccount account = find(id);
        model.addAttribute(
                "person",
                new Person(
                        account.id(),
                        account.username(),
                        account.displayName(),
                        account.enabled(),
                        account.mustChangePassword()));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("teamNames", teams.names());
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private EditForm formOf(UserAccount account) {
        EditForm form = new EditForm();
        form.setDisplayName(account.storedDisplayName());
        form.setRoles(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        form.setTeam(teams.byUsername().get(account.username()));
        form.setActive(account.enabled());
        return form;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", formOf(find(id)));
        model.addAttribute("passwordForm", new PasswordForm());
        return VIEW;
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @ModelAttribute("form") EditForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            changes.change(
                    id,
                    new UserChanges.Change(
                            form.getDisplayName() == null ? "" : form.getDisplayName(),
                            form.getRoles(),
                            form.getTeam() == null ? "" : form.getTeam(),
                            form.isActive()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.args(), null));
            model.addAttribute("passwordForm", new PasswordForm());
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "user.saved");
        return "redirect:/users/" + id;
    }

    @PostMapping("/password")
    String password(
            @PathVariable long id,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                changes.setPassword(id, form.getPassword());
                redirect.addFlashAttribute("flash", "user.passwordSet");
                return "redirect:/users/" + id;
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.args(), null));
            }
        }
        model.addAttribute("form", formOf(find(id)));
        return VIEW;
    }
}
