package org.clientela.satisfaction.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.DaySection;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.clientela.platform.Slice;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaQuery;
import org.clientela.satisfaction.internal.ideas.IdeaStateException;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customers' ideas on the pages: the list with its filters and the ideas adopted per quarter, an
 * idea's page where its owner moves it on and records the answer, the card on the customer page
 * with its short form, and the follow-ups due in the owner's day.
 */
@Controller
class IdeaPages {

    static final String LIST = "/satisfaction/ideas";
    static final String DAY = "/satisfaction/ideas/my-day";
    static final String PANEL = "/satisfaction/panels/ideas/";

    private final CustomerIdeas ideas;
    private final CustomerDirectory customers;
    private final UserDirectory users;
    private final BusinessSettings business;
    private final Clock clock;

    IdeaPages(
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

    /** The first day of the quarter {@code day} is in. */
    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
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
        LocalDate quartersFrom = quarterStart(today).minusYears(1);
        model.addAttribute("quarters", ideas.adoptedPerQuarter(quartersFrom, today));
        return "satisfaction/ideas";
    }

    @GetMapping(LIST + "/new")
    @PreAuthorize(IdeaRoles.WRITERS)
    String newForm(@RequestParam long customerId, Model model) {
        IdeaForm form = new IdeaForm();
        form.setCustomerId(customerId);
        model.addAttribute("form", form);
        return newPage(model, customerId);
    }

    @PostMapping(LIST)
    @PreAuthorize(IdeaRoles.WRITERS)
    String create(
            @Valid @ModelAttribute("form") IdeaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getCustomerId() == null) {
            throw new NotFoundException("customer", null);
        }
        if (errors.hasErrors()) {
            return newPage(model, form.getCustomerId());
        }
        try {
            Idea idea = ideas.log(form.newIdea());
            redirect.addFlashAttribute("flash", "satisfaction.ideas.saved");
            return "customer".equals(form.getBack())
                    ? "redirect:/customers/" + idea.customerId()
                    : "redirect:" + LIST + "/" + idea.id();
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return newPage(model, form.getCustomerId());
        }
    }

    private String newPage(Model model, long customerId) {
        CustomerRef customer =
                customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        model.addAttribute("customer", customer);
        choices(model);
        return "satisfaction/idea-new";
    }

    @GetMapping(LIST + "/{id}")
    @PreAuthorize(IdeaRoles.READERS)
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Idea idea = ideas.get(id);
        model.addAttribute("form", IdeaForm.of(idea));
        return showPage(model, idea, authentication);
    }

    @PostMapping(LIST + "/{id}")
    @PreAuthorize(IdeaRoles.WRITERS)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") IdeaForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Idea idea = ideas.get(id);
        if (!IdeaRoles.mayChange(authentication, idea.owner())) {
            throw new AccessDeniedException("Only the idea's owner or a manager changes it");
        }
        if (errors.hasErrors()) {
            return showPage(model, idea, authentication);
        }
        try {
            ideas.change(id, form.change());
            redirect.addFlashAttribute("flash", "satisfaction.ideas.saved");
            return "redirect:" + LIST + "/" + id;
        } catch (OptimisticLockingFailureException ex) {
            Idea now = ideas.get(id);
            model.addAttribute("form", IdeaForm.of(now));
            model.addAttribute("conflict", true);
            return showPage(model, now, authentication);
        } catch (IdeaStateException ex) {
            errors.rejectValue("status", ex.messageKey(), ex.messageArgs(), ex.messageKey());
            return showPage(model, idea, authentication);
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return showPage(model, idea, authentication);
        }
    }

    private String showPage(Model model, Idea idea, Authentication authentication) {
        model.addAttribute("idea", idea);
        model.addAttribute(
                "customer",
                customers
                        .find(idea.customerId())
                        .orElse(new CustomerRef(idea.customerId(), "", "#" + idea.customerId())));
        model.addAttribute("mayChange", IdeaRoles.mayChange(authentication, idea.owner()));
        model.addAttribute(
                "nextStatuses",
                java.util.Arrays.stream(IdeaStatus.values())
                        .filter(s -> s == idea.status() || idea.status().canBecome(s))
                        .toList());
        choices(model);
        return "satisfaction/idea";
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
        choices(model);
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

    private void choices(Model model) {
        model.addAttribute("areas", IdeaArea.values());
        model.addAttribute("channels", IdeaChannel.values());
        model.addAttribute("people", users.activePeople());
    }

    private Map<Long, CustomerRef> names(Slice<Idea> slice) {
        return customers.findAll(
                slice.items().stream().map(Idea::customerId).distinct().toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            String field = error.field();
            if (errors.getFieldType(field) == null && !"customerId".equals(field)) {
                errors.reject(error.messageKey(), error.args(), error.messageKey());
            } else {
                errors.rejectValue(field, error.messageKey(), error.args(), error.messageKey());
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
