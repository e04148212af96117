package org.clientela.platform.security;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People who may sign in (admins only), and each person's own API tokens. */
@RestController
@RequestMapping("/api/v1")
class UsersApiController {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    UsersApiController(UserAccountRepository users, PasswordEncoder encoder, ApiTokens tokens, AuditLog audit,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    record NewUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{user.username.pattern}") String username,
            @NotBlank @Size(min = 8, max = 200, message = "{user.password.size}") String password,
            @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles) {
    }

    record UserView(Long id, String username, String displayName, Set<Role> roles) {
        static UserView of(UserAccount account) {
            return new UserView(account.id(), account.username(), account.displayName(), account.roles());
        }
    }

    record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    record IssuedToken(String name, String token) {
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        if (users.existsByUsername(request.username())) {
            throw new InvalidInputException(InputError.field("username", "user.username.taken", request.username()));
        }
        UserAccount saved = users.save(UserAccount.create(request.username(), encoder.encode(request.password()),
                request.displayName(), request.roles(), clock.instant()));
        UserView view = UserView.of(saved);
        audit.record("USER_CREATED", "user", saved.id(), "User " + saved.username() + " " + saved.roles(), null, view);
        return ResponseEntity.created(URI.create("/api/v1/users/" + saved.id())).body(view);
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @PostMapping("/me/tokens")
    ResponseEntity<IssuedToken> issueToken(@Valid @RequestBody NewToken request, Authentication me) {
        String token = tokens.issue(me.getName(), request.name());
        audit.record("API_TOKEN_ISSUED", "user", me.getName(), "API token '" + request.name() + "'", null, null);
        return ResponseEntity.status(201).body(new IssuedToken(request.name(), token));
    }
}
