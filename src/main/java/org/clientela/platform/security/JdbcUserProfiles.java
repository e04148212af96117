package org.clientela.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.clientela.platform.Role;
import org.clientela.platform.UserProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserProfiles} over the users' rows: one lookup on the unique username. */
@Component
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class JdbcUserProfiles implements UserProfiles {

    private final JdbcClient jdbc;

    JdbcUserProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Profile> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username, display_name, roles FROM app_user WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> {
                    String displayName = rs.getString(2);
                    return new Profile(
                            rs.getString(1),
                            displayName == null || displayName.isBlank() ? rs.getString(1) : displayName.strip(),
                            roles(rs.getString(3)));
                })
                .optional();
    }

    private static Set<Role> roles(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles == null ? new String[0] : roles.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .forEach(r -> {
                    try {
                        set.add(Role.valueOf(r));
                    } catch (IllegalArgumentException unknown) {
                        // A role this version does not know gives no rights and no title.
                    }
                });
        return set;
    }
}
