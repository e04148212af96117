package org.clientela.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.clientela.platform.UserDeactivated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes about a person — name, roles, team, active or not, a new password —
 * and a person choosing their own password after an administrator set one. Every change is audited.
 *
 * <p>There is always an active administrator: deactivating or demoting the last one is refused (the
 * administrators' rows are locked while counting, so two administrators cannot demote each other at
 * once). A deactivated person is signed out everywhere (their sessions are deleted from the shared
 * store), their tokens are refused, and {@link UserDeactivated} tells the modules to leave their open
 * work unassigned.
 */
@Service
class UserChanges {

    static final int DISPLAY_NAME_MAX = 200;

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final JdbcTeams teams;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApiTokens tokens;
    private final RememberedPasswordCheck passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    UserChanges(
            JdbcClient jdbc,
            UserAccountRepository users,
            JdbcTeams teams,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            ApiTokens tokens,
            RememberedPasswordCheck passwords,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.policy = policy;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A change of a person; {@code null} leaves that part as it is. A blank {@code displayName} or
     * {@code team} clears it.
     */
    record Change(String displayName, Set<Role> roles, String team, Boolean active) {}

    /** Applies {@code change} to the person {@code id}; every mistake at once, each naming its field. */
    @Transactional
    UserAccount change(long id, Change change) {
        UserAccount before = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        List<InputError> errors = new ArrayList<>();
        if (change.displayName() != null && change.displayName().strip().length() > DISPLAY_NAME_MAX) {
            errors.add(InputError.field("displayName", "user.displayName.size", DISPLAY_NAME_MAX));
        }
        if (change.roles() != null && change.roles().isEmpty()) {
            errors.add(InputError.field("roles", "users.roles.required"));
        }
        if (change.team() != null && change.team().strip().length() > JdbcTeams.MAX_LENGTH) {
            errors.add(InputError.field("team", "user.team.size", JdbcTeams.MAX_LENGTH));
        }
        boolean staysAdmin = change.roles() == null
                ? before.roles().contains(Role.ADMIN)
                : change.roles().contains(Role.ADMIN);
        boolean staysActive = change.active() == null ? before.enabled() : change.active();
        if (before.enabled()
                && before.roles().contains(Role.ADMIN)
                && !(staysAdmin && staysActive)
                && otherActiveAdmins(id) == 0) {
            errors.add(InputError.field(staysActive ? "roles" : "active", "user.lastAdmin"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String displayName = change.displayName() == null
                ? before.storedDisplayName()
                : change.displayName().isBlank() ? null : change.displayName().strip();
        Set<Role> roles = change.roles() == null ? before.roles() : change.roles();
        jdbc.sql("""
                UPDATE app_user SET display_name = :name, roles = :roles, enabled = :active, version = version + 1
                 WHERE id = :id""")
                .param("name", displayName)
                .param("roles", UserAccount.join(roles))
                .param("active", staysActive)
                .param("id", id)
                .update();
        Map<String, Object> was = state(before.displayName(), before.roles(), before.enabled());
        Map<String, Object> is = state(displayName == null ? before.username() : displayName, roles, staysActive);
        if (!was.equals(is)) {
            audit.record(
                    before.enabled() && !staysActive
                            ? "USER_DEACTIVATED"
                            : !before.enabled() && staysActive ? "USER_REACTIVATED" : "USER_CHANGED",
                    "user",
                    id,
                    "User " + before.username() + " " + is,
                    was,
                    is,
                    displayName == null ? before.username() : displayName);
        }
        if (change.team() != null) {
            teams.assign(id, change.team());
        }
        if (before.enabled() && !staysActive) {
            signOutEverywhere(before.username());
            events.publishEvent(new UserDeactivated(before.username()));
        }
        return users.findById(id).orElseThrow();
    }

    private static Map<String, Object> state(String displayName, Set<Role> roles, boolean active) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("roles", UserAccount.join(roles));
        state.put("active", active);
        return state;
    }

    /** Active administrators besides {@code id}, their rows locked until the change commits. */
    private int otherActiveAdmins(long id) {
        return jdbc
                .sql("SELECT id, roles FROM app_user WHERE enabled = TRUE AND id <> :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> Set.of(rs.getString("roles").split(",")).contains(Role.ADMIN.name()))
                .list()
                .stream()
                .mapToInt(admin -> admin ? 1 : 0)
                .sum();
    }

    /**
     * Gives the person {@code id} a password the {@link PasswordPolicy} accepts (else an error on
     * {@code password}), to be changed at their next sign-in. Their sessions end.
     */
    @Transactional
    UserAccount setPassword(long id, String password) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        policy.objectionTo(password).ifPresent(key -> {
            throw new InvalidInputException(InputError.field("password", key));
        });
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, must_change_password = TRUE, version = version + 1
                 WHERE id = :id""").param("hash", encoder.encode(password)).param("id", id).update();
        audit.record(
                "USER_PASSWORD_SET",
                "user",
                id,
                "User " + account.username() + " password set by an admin",
                null,
                Map.of("mustChangePassword", true),
                account.displayName());
        signOutEverywhere(account.username());
        return users.findById(id).orElseThrow();
    }

    /**
     * The person {@code username} chooses their own password after an administrator set one. Only
     * when the stored hash is still the one their sign-in was checked against ({@code checkedHash}):
     * otherwise someone set another password since and the person must sign in again (error on
     * {@code password} with {@code user.password.stale}). The new password must meet the policy and
     * differ from the one given.
     */
    @Transactional
    void chooseOwnPassword(String username, String checkedHash, String password) {
        UserAccount account = users.findByUsername(username)
                .filter(a -> a.passwordHash().equals(checkedHash) && a.mustChangePassword() && a.enabled())
                .orElseThrow(() -> new InvalidInputException(InputError.field("password", "user.password.stale")));
        policy.objectionTo(password).ifPresent(key -> {
            throw new InvalidInputException(InputError.field("password", key));
        });
        if (encoder.matches(password, checkedHash)) {
            throw new InvalidInputException(InputError.field("password", "user.password.same"));
        }
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, must_change_password = FALSE, version = version + 1
                 WHERE id = :id""")
                .param("hash", encoder.encode(password))
                .param("id", account.id())
                .update();
        audit.record(
                "USER_PASSWORD_CHANGED",
                "user",
                account.id(),
                "User " + username + " chose a new password",
                null,
                null,
                username);
    }

    /** Ends every session of {@code username} on every instance, and what this one remembers of them. */
    private void signOutEverywhere(String username) {
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username")
                .param("username", username)
                .update();
        tokens.forgetAccount(username);
        passwords.forget(username);
    }
}
