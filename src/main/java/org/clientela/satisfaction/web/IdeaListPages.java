package org.clientela.satisfaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ListLinks;
import org.clientela.platform.Slice;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaQuery;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of customers' ideas with its filters, and the ideas adopted per quarter. */
@Controller
class IdeaListPages {

    private static final String LIST = IdeaPages.LIST;

    private final CustomerIdeas ideas;
    private final CustomerDirectory customers;
    private final UserDirectory users;
    private final BusinessSettings business;
    private final Clock clock;

    IdeaListPages(
            CustomerIdeas ideas,
            CustomerDirectory customers,
            UserDirectory users,
            BusinessSettings business,
            Clock clock) {
        this.ideas = ideas;
        this.customers = customers;
        this.users = users;
        this.business = business;
        this.clock = clock;
    }

    @GetMapping(LIST)
    @PreAuthorize(IdeaRoles.READERS)
    String list(
            @RequestParam(required = false) IdeaStatus status,
            @RequestParam(required = false) IdeaArea area,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        IdeaQuery.Sort sorted = IdeaQuery.Sort.of(sort);
        ListLinks.Direction direction = sorted == null ? ListLinks.Direction.DESC : ListLinks.Direction.of(dir);
        IdeaQuery query = new IdeaQuery(
                status,
                area,
                blankToNull(owner),
                null,
                from,
                to,
                sorted,
                direction == ListLinks.Direction.DESC,
                page,
                25);
        Slice<Idea> slice = ideas.search(query);
        ListLinks links = ListLinks.of(LIST, sorted == null ? null : sorted.param(), direction)
                .with("status", status)
                .with("area", area)
                .with("owner", blankToNull(owner))
                .with("from", from)
                .with("to", to);
        model.addAttribute("slice", slice);
        model.addAttribute("links", links);
        model.addAttribute("names", names(slice));
        model.addAttribute("status", status);
        model.addAttribute("area", area);
        model.addAttribute("owner", blankToNull(owner));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", IdeaStatus.values());
        model.addAttribute("areas", IdeaArea.values());
        model.addAttribute("people", users.activePeople());
        LocalDate today = today();
        LocalDate quartersFrom = IdeaPages.quarterStart(today).minusYears(1);
        model.addAttribute("quarters", ideas.adoptedPerQuarter(quartersFrom, today));
        return "satisfaction/ideas";
    }

    private Map<Long, CustomerRef> names(Slice<Idea> slice) {
        return customers.findAll(
                slice.items().stream().map(Idea::customerId).distinct().toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
