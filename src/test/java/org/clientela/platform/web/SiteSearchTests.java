package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Role;
import org.clientela.platform.SearchSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.security.core.authority.AuthorityUtils;

class SiteSearchTests {

    /** A kind that finds one thing for any text and remembers that it was asked. */
    record Fake(String kind, Set<Role> roles, int position, List<String> asked) implements SearchSource {
        @Override
        public String titleKey() {
            return "search.group." + kind;
        }

        @Override
        public List<SearchHit> find(String text, int limit, Locale locale) {
            asked.add(text);
            return List.of(new SearchHit(1, kind + " " + text, "/" + kind), new SearchHit(2, "two", "/two"));
        }
    }

    final List<String> asked = new ArrayList<>();
    final Fake money = new Fake("MONEY", EnumSet.of(Role.ADMIN, Role.MANAGER), 20, asked);
    final Fake people = new Fake("PEOPLE", EnumSet.allOf(Role.class), 10, asked);
    final SiteSearch search;

    SiteSearchTests() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("search.group.PEOPLE", Locale.ENGLISH, "People");
        search = new SiteSearch(List.of(money, people), messages);
    }

    @Test
    void asksOnlyTheKindsTheRolesMaySeeInTheirOrder() {
        var groups = search.search(" ana ", AuthorityUtils.createAuthorityList("ROLE_SALES"), 5, Locale.ENGLISH);
        assertThat(groups).extracting(SiteSearch.Group::kind).containsExactly("PEOPLE");
        assertThat(groups.get(0).title()).isEqualTo("People");
        assertThat(asked).containsExactly("ana");

        var all = search.search(
                "ana", AuthorityUtils.createAuthorityList("ROLE_SALES", "ROLE_MANAGER"), 1, Locale.ENGLISH);
        assertThat(all).extracting(SiteSearch.Group::kind).containsExactly("PEOPLE", "MONEY");
        assertThat(all.get(1).items()).hasSize(1);

        assertThat(search.search("ana", AuthorityUtils.createAuthorityList("FACTOR_PASSWORD"), 5, Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void tooShortFindsNothingWithoutAskingAndTooLongNamesQ() {
        assertThat(search.search(" a ", AuthorityUtils.createAuthorityList("ROLE_ADMIN"), 5, Locale.ENGLISH))
                .isEmpty();
        assertThat(search.search(null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"), 5, Locale.ENGLISH))
                .isEmpty();
        assertThat(asked).isEmpty();
        assertThatThrownBy(() -> search.search(
                        "x".repeat(101), AuthorityUtils.createAuthorityList("ROLE_ADMIN"), 5, Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.errors().get(0).field()).isEqualTo("q"));
        assertThat(search.search("x".repeat(100), AuthorityUtils.createAuthorityList("ROLE_ADMIN"), 5, Locale.ENGLISH))
                .hasSize(2);
    }
}
