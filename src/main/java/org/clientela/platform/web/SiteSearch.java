package org.clientela.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Role;
import org.clientela.platform.SearchSource;
import org.clientela.platform.SearchSource.SearchHit;
import org.springframework.context.MessageSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Search from anywhere: asks every {@link SearchSource} the person's roles may see, in order,
 * and keeps the kinds that found something. Text shorter than {@link #MIN_LENGTH} finds nothing
 * (too many matches to be of use); text longer than {@link #MAX_LENGTH} is refused, naming {@code q}.
 */
@Component
class SiteSearch {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    static final String TOO_LONG = "search.q.tooLong";

    /**
     * The things of one kind that were found.
     *
     * @param more where all of them are listed when there may be more than {@code items}, else {@code null}
     */
    record Group(String kind, String title, List<SearchHit> items, String more) {}

    private final List<SearchSource> sources;
    private final MessageSource messages;

    SiteSearch(List<SearchSource> sources, MessageSource messages) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(SearchSource::position))
                .toList();
        this.messages = messages;
    }

    /** The groups {@code q} finds among the kinds {@code authorities} may see, each of at most {@code limit} items. */
    List<Group> search(String q, Collection<? extends GrantedAuthority> authorities, int limit, Locale locale) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(InputError.field("q", TOO_LONG, MAX_LENGTH));
        }
        if (text.length() < MIN_LENGTH) {
            return List.of();
        }
        Set<Role> roles = roles(authorities);
        List<Group> groups = new ArrayList<>();
        for (SearchSource source : sources) {
            if (source.roles().stream().noneMatch(roles::contains)) {
                continue;
            }
            List<SearchHit> hits = source.find(text, limit, locale);
            if (!hits.isEmpty()) {
                groups.add(new Group(
                        source.kind(),
                        messages.getMessage(source.titleKey(), null, source.kind(), locale),
                        hits.size() > limit ? hits.subList(0, limit) : hits,
                        hits.size() >= limit ? source.listUrl(text) : null));
            }
        }
        return groups;
    }

    static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
