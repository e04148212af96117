package org.clientela.platform.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clientela.platform.AuditLog;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserDirectory} over the users' rows. */
@Component
class JdbcUserDirectory implements UserDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    JdbcUserDirectory(
            JdbcClient jdbc, UserAccountRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> activeUsernames() {
        return new TreeSet<>(jdbc.sql("SELECT username FROM app_user WHERE enabled = TRUE")
                .query(String.class)
                .list());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActive(String username) {
        return username != null
                && jdbc.sql("SELECT enabled FROM app_user WHERE username = :username")
                        .param("username", username)
                        .query(Boolean.class)
                        .optional()
                        .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> activePeople() {
        return jdbc.sql("""
                SELECT username, COALESCE(display_name, username) AS name FROM app_user
                 WHERE enabled = TRUE ORDER BY LOWER(COALESCE(display_name, username)), username""")
                .query((rs, n) -> new Person(rs.getString("username"), rs.getString("name")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> firstActiveAdmin() {
        return jdbc
                .sql("SELECT username, roles FROM app_user WHERE enabled = TRUE ORDER BY id")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .stream()
                .filter(row -> Set.of(row[1].split(",")).contains(Role.ADMIN.name()))
                .map(row -> row[0])
                .findFirst();
    }

    @Override
    @Transactional
    public boolean ensure(String username, String displayName, Role role) {
        if (users.existsByUsername(username)) {
            return false;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount saved = users.save(UserAccount.create(
                username,
                encoder.encode(HexFormat.of().formatHex(secret)),
                displayName,
                EnumSet.of(role),
                clock.instant()));
        UserAccounts.recordCreated(audit, saved);
        return true;
    }
}
