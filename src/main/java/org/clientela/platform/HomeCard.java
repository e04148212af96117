package org.clientela.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A card another module adds to the home page ({@code /}), the owner's one page: a figure of the
 * module, its trend against the period before, what it means and a link to the customers or cases
 * behind it. The home page knows no module: it shows the cards of every bean of this type that the
 * signed-in person may see, in the order of {@link #position()}, and loads each card's content
 * from {@link #path()} after the page is shown (htmx), so a slow card never delays the page.
 * <p>
 * The content endpoint must require the same roles as {@link #roles()} (those of the page the card
 * links to): the home page only leaves out what a person may not open anyway.
 */
public interface HomeCard {

    /** A unique id, used as the HTML id of the card ({@code home-card-<id>}). */
    String id();

    /** Message key of the card's title. */
    String titleKey();

    /** The URL of the card's content, an HTML fragment. */
    String path();

    /** Lower first. */
    int position();

    /** Who sees the card: a person with any of these roles. */
    Set<Role> roles();

    /** Whether a person with {@code authorities} (e.g. {@code ROLE_ADMIN}) may see the card. */
    default boolean visibleTo(Collection<String> authorities) {
        return roles().stream().map(Role::authority).anyMatch(authorities::contains);
    }

    /** A card with the given parts. */
    static HomeCard of(String id, String titleKey, String path, int position, Role... roles) {
        return new Simple(
                id,
                titleKey,
                path,
                position,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
    }

    /** Every role: what everybody signed in may open. */
    static Role[] everyone() {
        return Role.values();
    }

    /** The plain card {@link #of} makes. */
    record Simple(String id, String titleKey, String path, int position, Set<Role> roles) implements HomeCard {

        public Simple {
            roles = Set.copyOf(roles);
        }
    }
}
