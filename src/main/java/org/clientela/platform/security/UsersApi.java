package org.clientela.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.AuditLog;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People who may sign in (admins only), and each person's own API tokens. */
@RestController
@RequestMapping("/api/v1")
class UsersApi {

    private final UserAccountRepository users;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final JdbcTeams teams;
    private final UserChanges changes;
    private final Clock clock;

    UsersApi(
            UserAccountRepository users,
            UserAccounts accounts,
            ApiTokens tokens,
            AuditLog audit,
            JdbcTeams teams,
            UserChanges changes,
            Clock clock) {
        this.users = users;
        this.changes = changes;
        this.clock = clock;
        this.teams = teams;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
    }

    record NewUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{user.username.pattern}")
            String username,

            @NotNull @AcceptablePassword String password,
            @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles) {}

    /**
     * A person; {@code lockedUntil} is set while wrong passwords keep them from signing in with one,
     * {@code active} false when an administrator deactivated them, {@code mustChangePassword} while a
     * password an administrator set waits to be replaced at their next sign-in.
     */
    record UserView(
            Long id,
            String username,
            String displayName,
            Set<Role> roles,
            Instant lockedUntil,
            boolean active,
            String team,
            boolean mustChangePassword) {
        static UserView of(UserAccount account, Instant now, String team) {
            return new UserView(
                    account.id(),
                    account.username(),
                    account.displayName(),
                    account.roles(),
                    account.lockedAt(now) ? account.lockedUntil() : null,
                    account.enabled(),
                    team,
                    account.mustChangePassword());
        }
    }

    /**
     * A change of a person: only the fields sent change. A blank {@code displayName} or {@code team}
     * clears it; {@code roles}, when sent, may not be empty.
     */
    record UserPatch(String displayName, Set<Role> roles, String team, Boolean active) {}

    /** A password for someone else, to be replaced by them at their next sign-in. */
    record NewPassword(@NotNull String password) {}

    /** A person's team; blank or null for none. */
    record TeamChange(
            @Size(max = JdbcTeams.MAX_LENGTH, message = "{user.team.size}")
            String team) {}

    record TeamView(long id, String team) {}

    record NewToken(@NotBlank @Size(max = 100) String name) {}

    record IssuedToken(String name, String token) {}

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        UserAccount saved =
                accounts.create(request.username(), request.password(), request.displayName(), request.roles());
        return ResponseEntity.created(URI.create("/api/v1/users/" + saved.id()))
                .body(UserView.of(saved, clock.instant(), null));
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    List<UserView> list() {
        Instant now = clock.instant();
        Map<String, String> team = teams.byUsername();
        return users.findAll().stream()
                .map(u -> UserView.of(u, now, team.get(u.username())))
                .toList();
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView one(@PathVariable long id) {
        return view(users.findById(id).orElseThrow(() -> new NotFoundException("user", id)));
    }

    /**
     * Changes a person's display name, roles, team or whether they are active (audited). 422 naming
     * the field for an empty {@code roles}, a name or team too long, or a change that would leave no
     * active administrator; a deactivated person is signed out and their tokens refused at once.
     */
    @PatchMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView change(@PathVariable long id, @RequestBody UserPatch body) {
        return view(changes.change(
                id, new UserChanges.Change(body.displayName(), body.roles(), body.team(), body.active())));
    }

    /**
     * Sets a person's password (the password policy applies: 422 naming {@code password}); they must
     * choose their own at their next sign-in, and their sessions end now.
     */
    @PostMapping("/users/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    UserView password(@PathVariable long id, @Valid @RequestBody NewPassword body) {
        return view(changes.setPassword(id, body.password()));
    }

    private UserView view(UserAccount account) {
        return UserView.of(account, clock.instant(), teams.byUsername().get(account.username()));
    }

    /** Lets a person locked after wrong passwords sign in again at once (audited); 404 for no such person. */
    @PostMapping("/users/{id}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    UserView unlock(@PathVariable long id) {
        return view(accounts.unlock(id));
    }

    @org.springframework.web.bind.annotation.PutMapping("/users/{id}/team")
    @PreAuthorize("hasRole('ADMIN')")
    TeamView team(@PathVariable long id, @Valid @RequestBody TeamChange request) {
        return new TeamView(id, teams.assign(id, request.team()));
    }

    @PostMapping("/me/tokens")
    ResponseEntity<IssuedToken> issueToken(@Valid @RequestBody NewToken request, Authentication me) {
        String token = tokens.issue(me.getName(), request.name());
        audit.record(
                "API_TOKEN_ISSUED",
                "user",
                me.getName(),
                "API token '" + request.name() + "'",
                null,
                null,
                request.name());
        return ResponseEntity.status(201).body(new IssuedToken(request.name(), token));
    }
}
