package org.clientela.platform;

import java.util.Map;

/**
 * Which team each person works in — the shop, the office, field sales — so that figures can be
 * given per person and per team. A person is in one team or in none; admins set it on the users page.
 */
public interface Teams {

    /** The team of every user who has one, by username. */
    Map<String, String> byUsername();

    /**
     * Puts {@code username} in {@code team} when they are in none (a team an admin chose stays), for
     * a business made up at start such as the demo's; returns whether they were placed.
     */
    boolean placeIfNone(String username, String team);
}
