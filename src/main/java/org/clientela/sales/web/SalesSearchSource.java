package org.clientela.sales.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clientela.platform.Role;
import org.clientela.platform.SearchSource;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectQuery;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prospects in the header's search, by name, phone, e-mail or tax id, from their search terms; a
 * seller finds only their own, as on the list.
 */
@Component
class SalesSearchSource implements SearchSource {

    private final ProspectBook book;

    SalesSearchSource(ProspectBook book) {
        this.book = book;
    }

    @Override
    public String kind() {
        return "PROSPECT";
    }

    @Override
    public String titleKey() {
        return "sales.prospects.title";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN, Role.MANAGER, Role.SALES, Role.VIEWER);
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        ProspectQuery query = new ProspectQuery(text, null, null, null, null, null, null, null, null, 0, limit);
        return book.search(query, SalesRoles.of(authentication)).items().stream()
                .map(p -> new SearchHit(
                        p.id(),
                        p.city() == null ? p.name() : p.name() + " · " + p.city(),
                        "/sales/prospects/" + p.id()))
                .toList();
    }

    @Override
    public String listUrl(String text) {
        return "/sales/prospects?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
