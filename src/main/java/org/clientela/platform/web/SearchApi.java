package org.clientela.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search from anywhere over JSON: what the search box in the header shows. */
@RestController
@Tag(name = "Search", description = "Customers, cases, orders and letters from one search text")
class SearchApi {

    private final SiteSearch search;

    SearchApi(SiteSearch search) {
        this.search = search;
    }

    /** What was found, by kind; only kinds that found something and that the caller may see. */
    record SearchResults(List<SiteSearch.Group> groups) {}

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Customers (by name, number, e-mail or any piece of the phone number, with or without "
                    + "+34/0034, spaces, dashes or brackets), cases, orders and letters (by their number, or by their "
                    + "customer's name) matching `q`",
            description = "Answers `groups`, one per kind that found something, in the order CUSTOMER, CASE, ORDER, "
                    + "LETTER; each with its `kind`, a `title` in the caller's language and up to `limit` `items` "
                    + "(`id`, `label`, `url` of its page), and `more`: the list page with every match of that kind "
                    + "when there may be more than `limit` (else null). Only kinds the caller's roles may see are searched. "
                    + "A `q` of fewer than 2 characters finds nothing (empty `groups`); more than 100 characters "
                    + "is a 422 problem naming `q`.")
    SearchResults search(
            @Parameter(description = "What to look for, 2 to 100 characters") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "Most items per kind, 1 to 20") @RequestParam(defaultValue = "5") @Min(1) @Max(20)
                    int limit,
            Authentication authentication,
            Locale locale) {
        return new SearchResults(search.search(q, authentication.getAuthorities(), limit, locale));
    }
}
