package org.clientela.platform.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.platform.DaySection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My day" ({@code /my-day}), one page for everyone: the {@link DaySection}s of every module the
 * signed-in person may see, each filled by htmx once the page shows. Service keeps its own address
 * for the same day ({@code /service}, with its tabs).
 */
@Controller
class DayPages {

    /** The address of everyone's day. */
    static final String MY_DAY = "/my-day";

    private final List<DaySection> sections;

    DayPages(List<DaySection> sections) {
        this.sections = List.copyOf(sections);
    }

    @GetMapping(MY_DAY)
    @PreAuthorize("isAuthenticated()")
    String myDay(Authentication authentication, Model model) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        model.addAttribute("me", authentication.getName());
        model.addAttribute("sections", DaySection.visible(sections, authorities));
        return "platform/my-day";
    }
}
