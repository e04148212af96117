package org.clientela.customers.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clientela.platform.Role;
import org.clientela.platform.SearchSource;
import org.springframework.stereotype.Component;

/**
 * Customers in the header search: by name, customer number, e-mail or any piece of the phone
 * number, through {@link CustomerSearch} (one range scan of the search index). Every signed-in
 * role reads customer pages.
 */
@Component
class CustomerSearchSource implements SearchSource {

    private final CustomerSearch search;
    private final AnonymisedNames names;

    CustomerSearchSource(CustomerSearch search, AnonymisedNames names) {
        this.search = search;
        this.names = names;
    }

    @Override
    public String kind() {
        return "CUSTOMER";
    }

    @Override
    public String titleKey() {
        return "search.group.customers";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return search.search(text, null, CustomerSearch.Sort.NAME, 0, limit).items().stream()
                .map(c -> new SearchHit(c.id(), label(c.named(names.of(c, locale))), "/customers/" + c.id()))
                .toList();
    }

    @Override
    public String listUrl(String text) {
        return "/customers?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Name, number, and the phone and town that tell two of the same name apart. */
    static String label(CustomerSummary c) {
        List<String> parts = new ArrayList<>(List.of(c.name(), c.customerNumber()));
        if (c.phone() != null && !c.phone().isBlank()) {
            parts.add(c.phone());
        }
        if (c.city() != null && !c.city().isBlank()) {
            parts.add(c.city());
        }
        return String.join(" · ", parts);
    }
}
