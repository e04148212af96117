package org.clientela.satisfaction.web;

import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.AuditLog;
import org.clientela.platform.DaySection;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The ideas' card on the customer page, with its short form, and the follow-ups due in the owner's day. */
@Controller
class IdeaPanelPages {

    private static final String DAY = IdeaPages.DAY;
    private static final String PANEL = IdeaPages.PANEL;

    private final CustomerIdeas ideas;
    private final CustomerDirectory customers;
    private final UserDirectory users;

    IdeaPanelPages(CustomerIdeas ideas, CustomerDirectory customers, UserDirectory users) {
        this.ideas = ideas;
        this.customers = customers;
        this.users = users;
    }

    @Bean
    static DaySection ideaDaySection() {
        return DaySection.of(
                "satisfaction-ideas",
                "satisfaction.ideas.day.title",
                DAY,
                40,
                Role.ADMIN,
                Role.MANAGER,
                Role.SERVICE,
                Role.SALES);
    }

    @Bean
    static CustomerPanel ideaPanel() {
        return CustomerPanel.of(
                "satisfaction-ideas", "satisfaction.ideas.panel.title", PANEL, CustomerPanel.Slot.MAIN, 60);
    }

    @GetMapping(PANEL + "{customerId}")
    @PreAuthorize(IdeaRoles.READERS)
    String panel(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("ideas", ideas.ofCustomer(customerId, 5));
        IdeaForm form = new IdeaForm();
        form.setCustomerId(customerId);
        form.setBack("customer");
        model.addAttribute("form", form);
        IdeaPages.choices(model, users);
        return "satisfaction/idea-panel :: panel";
    }

    @GetMapping(DAY)
    @PreAuthorize(IdeaRoles.WRITERS)
    String day(Model model) {
        var due = ideas.dueFor(AuditLog.currentActor(), 20);
        model.addAttribute("due", due);
        model.addAttribute(
                "names",
                customers.findAll(due.stream().map(Idea::customerId).distinct().toList()));
        return "satisfaction/idea-panel :: day";
    }
}
