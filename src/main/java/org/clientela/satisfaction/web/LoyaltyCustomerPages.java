package org.clientela.satisfaction.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.DaySection;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.clientela.satisfaction.internal.loyalty.Invitations;
import org.clientela.satisfaction.internal.loyalty.LoyaltyPrograms;
import org.clientela.satisfaction.internal.loyalty.Membership;
import org.clientela.satisfaction.internal.loyalty.Memberships;
import org.clientela.satisfaction.internal.loyalty.Program;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The club's pieces of other pages, loaded by htmx: the customer page's card (membership, tier and
 * tier history, or buttons to invite them to each program) and the "my day" section (the person's
 * invitations still awaiting an answer).
 */
@Controller
class LoyaltyCustomerPages {

    static final String DAY_PATH = "/satisfaction/loyalty/my-day";
    private static final int DAY_LIMIT = 10;

    private final Memberships memberships;
    private final LoyaltyPrograms programs;
    private final Invitations invitations;
    private final CustomerDirectory customers;

    LoyaltyCustomerPages(
            Memberships memberships, LoyaltyPrograms programs, Invitations invitations, CustomerDirectory customers) {
        this.memberships = memberships;
        this.programs = programs;
        this.invitations = invitations;
        this.customers = customers;
    }

    @Bean
    static DaySection loyaltyDaySection() {
        return DaySection.of(
                "loyalty",
                "satisfaction.loyalty.myDay.name",
                DAY_PATH,
                60,
                Role.SALES,
                Role.SERVICE,
                Role.MANAGER,
                Role.ADMIN);
    }

    @GetMapping("/satisfaction/loyalty/customers/{id}/panel")
    @PreAuthorize(LoyaltyRoles.READERS)
    String panel(@PathVariable long id, Model model) {
        CustomerDirectory.CustomerRef customer =
                customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        List<Membership> found = memberships.of(id);
        Set<Long> joined = found.stream().map(Membership::programId).collect(Collectors.toSet());
        List<Program> open =
                programs.all().stream().filter(p -> !joined.contains(p.id())).toList();
        model.addAttribute("customer", customer);
        model.addAttribute("memberships", found);
        model.addAttribute("open", open);
        return "satisfaction/loyalty-panel :: panel";
    }

    @GetMapping(DAY_PATH)
    @PreAuthorize(LoyaltyRoles.INVITERS)
    String day(Model model) {
        model.addAttribute("pending", invitations.pendingOf(AuditLog.currentActor(), DAY_LIMIT));
        return "satisfaction/loyalty-day :: day";
    }
}
