package org.clientela.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One kind of thing the search box in the header finds: customers, cases, orders, letters. Each
 * module offers a bean of this type for what it owns, so the search (in this module) knows no
 * business module and never reads their tables; a new module adds a kind by adding a bean.
 * Every source must answer from an index in a few milliseconds whatever the size of the
 * business: it is asked on every key a person types.
 */
public interface SearchSource {

    /** The kind's name in the API, upper case: {@code CUSTOMER}, {@code CASE}, {@code ORDER}, {@code LETTER}. */
    String kind();

    /** Message key of the group's heading ("Clientes", "Casos"). */
    String titleKey();

    /** Who may see this kind: the roles the pages its results link to require. */
    Set<Role> roles();

    /** Where the group goes among the others, lower first. */
    int position();

    /**
     * At most {@code limit} things matching {@code text} (already stripped, at least two
     * characters), best first, with labels in {@code locale}.
     */
    List<SearchHit> find(String text, int limit, Locale locale);

    /**
     * The page that lists every match of {@code text} of this kind, for more than the search
     * shows (a path with its query string), or {@code null} when the kind has no such list.
     */
    default String listUrl(String text) {
        return null;
    }

    /**
     * One thing found.
     *
     * @param id    its id in its own module
     * @param label what the person reads: its number and a few words that tell it apart
     * @param url   the path of its page in the application (without the context path)
     */
    record SearchHit(long id, String label, String url) {}
}
