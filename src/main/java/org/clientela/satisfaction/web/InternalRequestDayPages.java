package org.clientela.satisfaction.web;

import org.clientela.customers.CustomerPanel;
import org.clientela.platform.DaySection;
import org.clientela.platform.Role;
import org.clientela.satisfaction.internal.requests.Colleague;
import org.clientela.satisfaction.internal.requests.InternalRequestList;
import org.clientela.satisfaction.internal.reviews.ProjectReviews;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Internal work in "my day": the open requests to my department (soonest due first), my closed
 * requests waiting for my rating, the review actions I own and the reviews I must hold. And the
 * card on a customer's page listing the internal requests about them.
 */
@Controller
class InternalRequestDayPages {

    static final String PATH = "/satisfaction/internal/my-day";
    static final int LIMIT = 10;

    private final InternalRequestList requests;
    private final ProjectReviews reviews;

    InternalRequestDayPages(InternalRequestList requests, ProjectReviews reviews) {
        this.requests = requests;
        this.reviews = reviews;
    }

    @Bean
    static DaySection internalDaySection() {
        return DaySection.of(
                "satisfaction-internal",
                "satisfaction.internal.day.title",
                PATH,
                40,
                Role.ADMIN,
                Role.MANAGER,
                Role.SERVICE,
                Role.SALES);
    }

    @Bean
    static CustomerPanel internalRequestPanel() {
        return CustomerPanel.of(
                "satisfaction-internal",
                "satisfaction.internal.panel.title",
                "/satisfaction/internal/panels/",
                CustomerPanel.Slot.MAIN,
                60);
    }

    @GetMapping(PATH)
    @PreAuthorize(InternalRequestRoles.WRITERS)
    String day(Authentication authentication, Model model) {
        Colleague who = Colleague.of(authentication);
        model.addAttribute("toAnswer", requests.toAnswer(who, LIMIT));
        model.addAttribute("toRate", requests.toRate(who, LIMIT));
        model.addAttribute("actions", reviews.openActionsOf(who.username(), LIMIT));
        model.addAttribute("reviews", reviews.pendingOf(who.username(), LIMIT));
        model.addAttribute("today", reviews.today());
        return "satisfaction/internal-day :: day";
    }

    @GetMapping("/satisfaction/internal/panels/{customerId}")
    @PreAuthorize(InternalRequestRoles.READERS)
    String panel(@PathVariable long customerId, Model model) {
        model.addAttribute("requests", requests.aboutCustomer(customerId, LIMIT));
        return "satisfaction/internal-day :: panel";
    }
}
