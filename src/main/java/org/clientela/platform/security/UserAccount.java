package org.clientela.platform.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.platform.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to Clientela, with the roles that say what they may do. */
@Table("app_user")
class UserAccount {

    @Id
    private Long id;

    private final String username;
    private String passwordHash;
    private String displayName;
    private String roles;
    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private final Instant createdAt;
    /** Set when an administrator gave the password: the person chooses their own at the next sign-in. */
    private boolean mustChangePassword;

    @Version
    private Long version;

    UserAccount(
            Long id,
            String username,
            String passwordHash,
            String displayName,
            String roles,
            boolean enabled,
            int failedAttempts,
            Instant lockedUntil,
            Instant createdAt,
            boolean mustChangePassword,
            Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.mustChangePassword = mustChangePassword;
        this.version = version;
    }

    static UserAccount create(String username, String passwordHash, String displayName, Set<Role> roles, Instant now) {
        return new UserAccount(null, username, passwordHash, displayName, join(roles), true, 0, null, now, false, null);
    }

    static String join(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Role::valueOf)
                .forEach(result::add);
        return result;
    }

    boolean enabled() {
        return enabled;
    }

    /** Whether the person must choose a new password before anything else (an administrator set this one). */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The display name as stored: {@code null} when none was given. */
    String storedDisplayName() {
        return displayName;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Until when sign-in is refused after too many wrong passwords, or {@code null}. */
    Instant lockedUntil() {
        return lockedUntil;
    }
}
