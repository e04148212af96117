package org.clientela.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Making a person able to sign in, and letting them in again after a lock, from the users page and the API. */
@Service
class UserAccounts {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(
            UserAccountRepository users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SignInThrottle throttle,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether someone already signs in with {@code username}. */
    boolean taken(String username) {
        return users.existsByUsername(username);
    }

    /**
     * Creates the account, or refuses a username already taken (error on {@code username}) or a password
     * the {@link PasswordPolicy} does not accept (error on {@code password}).
     */
    @Transactional
    UserAccount create(String username, String password, String displayName, Set<Role> roles) {
        if (taken(username)) {
            throw new InvalidInputException(InputError.field("username", "user.username.taken", username));
        }
        policy.objectionTo(password).ifPresent(key -> {
            throw new InvalidInputException(InputError.field("password", key));
        });
        UserAccount saved =
                users.save(UserAccount.create(username, encoder.encode(password), displayName, roles, clock.instant()));
        recordCreated(audit, saved);
        return saved;
    }

    /** Lifts a lock after wrong passwords before it ends, and forgets the failures that caused it. */
    @Transactional
    UserAccount unlock(long id) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        throttle.forgive(account.username());
        audit.record(
                "USER_UNLOCKED",
                "user",
                id,
                "User " + account.username() + " unlocked",
                null,
                null,
                account.displayName() == null ? account.username() : account.displayName());
        return users.findById(id).orElseThrow();
    }

    /**
     * The audit entry of a new user, whoever made it: an admin on the users page, or the application
     * when it ensures a user it needs.
     */
    static void recordCreated(AuditLog audit, UserAccount saved) {
        audit.record(
                "USER_CREATED",
                "user",
                saved.id(),
                "User " + saved.username() + " " + saved.roles(),
                null,
                Map.of("username", saved.username(), "displayName", saved.displayName(), "roles", saved.roles()),
                saved.displayName() == null ? saved.username() : saved.displayName());
    }
}
