package org.clientela.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Who a user is as other people read it: the name they go by and what they do, for a letter's
 * signature or a history that says "by Ana Gómez" rather than "by agomez".
 */
public interface UserProfiles {

    /**
     * @param username    how they sign in
     * @param displayName the name they go by (the username when they have none)
     * @param roles       what they may do
     */
    record Profile(String username, String displayName, Set<Role> roles) {}

    /** The profile of {@code username}, or empty when nobody signs in with it. */
    Optional<Profile> find(String username);

    /** The name {@code username} goes by, or {@code username} itself when nobody signs in with it. */
    default String displayName(String username) {
        return username == null
                ? null
                : find(username).map(Profile::displayName).orElse(username);
    }
}
