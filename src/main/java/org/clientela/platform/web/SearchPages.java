package org.clientela.platform.web;

import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the header of every page: its suggestions as the person types (an HTML
 * fragment for htmx), and the full results page it opens on Enter without a chosen suggestion
 * (or without JavaScript). Every signed-in person may search; each sees only the kinds their
 * roles may see.
 */
@Controller
class SearchPages {

    static final int SUGGESTIONS_PER_KIND = 5;
    static final int RESULTS_PER_KIND = 20;

    private final SiteSearch search;

    SearchPages(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String results(
            @RequestParam(defaultValue = "") String q, Authentication authentication, Locale locale, Model model) {
        find(q, authentication, RESULTS_PER_KIND, locale, model);
        return "platform/search";
    }

    @GetMapping("/search/suggest")
    String suggestions(
            @RequestParam(defaultValue = "") String q, Authentication authentication, Locale locale, Model model) {
        find(q, authentication, SUGGESTIONS_PER_KIND, locale, model);
        return "fragments/search :: suggestions";
    }

    private void find(String q, Authentication authentication, int limit, Locale locale, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("searched", q.strip().length() >= SiteSearch.MIN_LENGTH);
        List<SiteSearch.Group> groups;
        try {
            groups = search.search(q, authentication.getAuthorities(), limit, locale);
        } catch (InvalidInputException ex) {
            InputError error = ex.errors().get(0);
            model.addAttribute("qError", error);
            model.addAttribute("searched", false);
            groups = List.of();
        }
        model.addAttribute("groups", groups);
    }
}
