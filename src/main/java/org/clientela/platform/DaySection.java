package org.clientela.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A section another module adds to "my day" ({@code /my-day}), the one page where each person finds
 * what they must do today: a service person's promises and cases, the radar's calls, a seller's
 * call-backs and appointments. The day knows no module: it shows the sections of every bean of this
 * type the signed-in person may see, in the order of {@link #position()}, and loads each one's
 * content from {@link #path()} after the page is shown (htmx), so a slow section never delays the
 * others.
 * <p>
 * The content endpoint must require at least the roles of {@link #roles()}, and shows the signed-in
 * person's own work: the day only leaves out what a person may not open anyway.
 */
public interface DaySection {

    /** A unique id, used as the HTML id of the section ({@code day-section-<id>}). */
    String id();

    /** Message key of the section's name, said while it loads or when it could not be loaded. */
    String titleKey();

    /** The URL of the section's content, an HTML fragment with its own heading. */
    String path();

    /** Lower first. */
    int position();

    /** Who sees the section: a person with any of these roles. */
    Set<Role> roles();

    /** Whether a person with {@code authorities} (e.g. {@code ROLE_ADMIN}) may see the section. */
    default boolean visibleTo(Collection<String> authorities) {
        return roles().stream().map(Role::authority).anyMatch(authorities::contains);
    }

    /** Of {@code sections}, those a person with {@code authorities} sees, in their order. */
    static List<DaySection> visible(Collection<? extends DaySection> sections, Collection<String> authorities) {
        return sections.stream()
                .filter(section -> section.visibleTo(authorities))
                .sorted(Comparator.comparingInt(DaySection::position).thenComparing(DaySection::id))
                .map(DaySection.class::cast)
                .toList();
    }

    /** A section with the given parts. */
    static DaySection of(String id, String titleKey, String path, int position, Role... roles) {
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

    /** The plain section {@link #of} makes. */
    record Simple(String id, String titleKey, String path, int position, Set<Role> roles) implements DaySection {

        public Simple {
            roles = Set.copyOf(roles);
        }
    }
}
