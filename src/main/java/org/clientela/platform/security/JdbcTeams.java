package org.clientela.platform.security;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Teams} kept in the users' own rows; changing a person's team is audited. */
@Component
class JdbcTeams implements Teams {

    static final int MAX_LENGTH = 64;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcTeams(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> byUsername() {
        Map<String, String> teams = new TreeMap<>();
        jdbc.sql("SELECT username, team FROM app_user WHERE team IS NOT NULL").query(rs -> {
            teams.put(rs.getString("username"), rs.getString("team"));
        });
        return teams;
    }

    @Override
    @Transactional
    public boolean placeIfNone(String username, String team) {
        return jdbc.sql("UPDATE app_user SET team = :team WHERE username = :username AND team IS NULL")
                        .param("team", team)
                        .param("username", username)
                        .update()
                > 0;
    }

    /** The teams in use, alphabetically, to offer when assigning one. */
    @Transactional(readOnly = true)
    List<String> names() {
        return jdbc.sql("SELECT DISTINCT team FROM app_user WHERE team IS NOT NULL ORDER BY team")
                .query(String.class)
                .list();
    }

    /**
     * Puts the user in {@code team}; blank takes them out of any.
     *
     * @return the team now, or null
     */
    @Transactional
    String assign(long userId, String team) {
        String name = team == null || team.isBlank() ? null : team.strip().replaceAll("\\s+", " ");
        if (name != null && name.length() > MAX_LENGTH) {
            throw new InvalidInputException(InputError.field("team", "user.team.size", MAX_LENGTH));
        }
        record Row(String username, String team) {}
        Row before = jdbc.sql("SELECT username, team FROM app_user WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("team")))
                .optional()
                .orElseThrow(() -> new NotFoundException("user", userId));
        jdbc.sql("UPDATE app_user SET team = :team WHERE id = :id")
                .param("team", name)
                .param("id", userId)
                .update();
        audit.record(
                "USER_TEAM_CHANGED",
                "user",
                userId,
                "User " + before.username() + " team " + name,
                java.util.Collections.singletonMap("team", before.team()),
                java.util.Collections.singletonMap("team", name),
                before.username(),
                name == null ? AuditLog.word("audit.noTeam") : name);
        return name;
    }
}
