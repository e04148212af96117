package org.clientela.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people who sign in to Clientela, as other modules may ask about them: who can be handed work
 * (the radar's calls go only to users), and making an account for someone who works in the business
 * (the demo's customer owners).
 */
public interface UserDirectory {

    /** The usernames of every enabled user. */
    Set<String> activeUsernames();

    /** Whether {@code username} is an active user: who may own customers, cases, promises and calls. */
    boolean isActive(String username);

    /** The active users by display name, to choose an owner from. */
    List<Person> activePeople();

    /** A user as a list of owners shows them. */
    record Person(String username, String displayName) {}

    /** The enabled admin created first, if any: who gets work that has no one else. */
    Optional<String> firstActiveAdmin();

    /**
     * Makes {@code username} a user with {@code role} unless someone already signs in with it. The
     * account gets a random password nobody is told: it can own work, but nobody signs in with it
     * until it is given a password of its own.
     *
     * @return whether the account was created
     */
    boolean ensure(String username, String displayName, Role role);
}
