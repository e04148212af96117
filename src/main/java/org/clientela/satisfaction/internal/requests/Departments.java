package org.clientela.satisfaction.internal.requests;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clientela.platform.Teams;
import org.springframework.stereotype.Component;

/**
 * The departments of internal service are the teams of the users page: a person belongs to one
 * team or none, set by an admin, and the same grouping serves the figures per team. Keeping one
 * membership means a person who moves is moved once, for both.
 */
@Component
public class Departments {

    private final Teams teams;

    Departments(Teams teams) {
        this.teams = teams;
    }

    /** Every department someone belongs to, alphabetically. */
    public List<String> all() {
        return List.copyOf(new TreeSet<>(teams.byUsername().values()));
    }

    /** The department of {@code username}, if they belong to one. */
    public Optional<String> of(String username) {
        return Optional.ofNullable(teams.byUsername().get(username));
    }
}
