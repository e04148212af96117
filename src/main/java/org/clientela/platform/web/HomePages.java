package org.clientela.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.platform.HomeCard;
import org.clientela.platform.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page ({@code /}), where everyone lands after signing in: the cards the modules offer
 * ({@link HomeCard}) that the person may see, each filled by htmx once the page shows. A service or
 * sales person who does not run the business (neither admin nor manager) has their day as home
 * instead: service people at service's address of it, with the service tabs, sellers at
 * {@value DayPages#MY_DAY}.
 */
@Controller
class HomePages {

    /** Where a service person's day is ("Mi día"). */
    static final String SERVICE_DAY = "/service";

    private final List<HomeCard> cards;

    HomePages(List<HomeCard> cards) {
        this.cards = cards.stream()
                .sorted(Comparator.comparingInt(HomeCard::position).thenComparing(HomeCard::id))
                .toList();
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (dayIsHome(authorities)) {
            return "redirect:" + (authorities.contains(Role.SERVICE.authority()) ? SERVICE_DAY : DayPages.MY_DAY);
        }
        model.addAttribute("cards", visibleTo(cards, authorities));
        return "platform/home";
    }

    /** A service or sales person who does not run the business. */
    static boolean dayIsHome(Set<String> authorities) {
        return (authorities.contains(Role.SERVICE.authority()) || authorities.contains(Role.SALES.authority()))
                && !authorities.contains(Role.ADMIN.authority())
                && !authorities.contains(Role.MANAGER.authority());
    }

    static List<HomeCard> visibleTo(List<HomeCard> cards, Set<String> authorities) {
        return cards.stream().filter(card -> card.visibleTo(authorities)).toList();
    }
}
