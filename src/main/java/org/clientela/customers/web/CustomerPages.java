package org.clientela.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.CustomerPanel;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.AnonymisedNames;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerBulk;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.customers.internal.CustomerSummary;
import org.clientela.customers.internal.Customers;
import org.clientela.customers.internal.Timeline;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.Slice;
import org.clientela.platform.UserDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer list with search as you type, the customer 360 page and the customer form. */
@Controller
@RequestMapping("/customers")
class CustomerPages {

    private static final int PAGE_SIZE = 25;

    private final Customers customers;
    private final CustomerSearch search;
    private final Timeline timeline;

    private final List<CustomerPanel> panels;
    private final UserDirectory users;
    private final AnonymisedNames names;

    CustomerPages(
            Customers customers,
            CustomerSearch search,
            Timeline timeline,
            List<CustomerPanel> panels,
            UserDirectory users,
            AnonymisedNames names) {
        this.customers = customers;
        this.names = names;
        this.users = users;
        this.search = search;
        this.timeline = timeline;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPanel::position))
                .toList();
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("statuses", LifecycleStatus.values());
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        results(q, status, sort, dir, page, model);
        return "customers/list";
    }

    /**
     * Just the results, for htmx while the person types. The address bar follows (HX-Replace-Url),
     * so Back from a customer and a copied link show the same search.
     */
    @GetMapping("/rows")
    String rows(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        ListLinks links = results(q, status, sort, dir, page, model);
        response.setHeader("HX-Replace-Url", request.getContextPath() + links.page(Math.max(0, page)));
        return "customers/list :: results";
    }

    private ListLinks results(String q, LifecycleStatus status, String sortParam, String dir, int page, Model model) {
        boolean searching = !q.isBlank();
        CustomerSearch.Sort sort = CustomerSearch.Sort.parse(sortParam);
        // The search form keeps a sort the person chose while they type, never the plain list's default.
        model.addAttribute("chosenSort", sort == null ? null : sort.param());
        if (sort == null && !searching) {
            sort = CustomerSearch.Sort.NAME;
        }
        ListLinks.Direction direction = ListLinks.Direction.of(dir);
        ListLinks links = ListLinks.of("/customers", sort == null ? null : sort.param(), direction)
                .with("q", q.strip())
                .with("status", status);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("links", links);
        model.addAttribute("total", search.count(q, status));
        Slice<CustomerSummary> found = search.search(q, status, sort, direction, Math.max(0, page), PAGE_SIZE);
        model.addAttribute(
                "results",
                new Slice<>(
                        found.items().stream().map(names::shown).toList(),
                        found.page(),
                        found.size(),
                        found.hasNext()));
        model.addAttribute("owners", new java.util.TreeSet<>(users.activeUsernames()));
        model.addAttribute("settableStatuses", CustomerBulk.SETTABLE);
        return links;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Customer customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("timeline", timeline.of(id, 20));
        model.addAttribute(
                "topPanels",
                panels.stream().filter(p -> p.slot() == CustomerPanel.Slot.TOP).toList());
        model.addAttribute(
                "mainPanels",
                panels.stream().filter(p -> p.slot() == CustomerPanel.Slot.MAIN).toList());
        ContactForm contact = new ContactForm();
        contact.setVersion(customer.getVersion());
        model.addAttribute("contactForm", contact);
        model.addAttribute("decisionLevels", org.clientela.customers.internal.DecisionLevel.values());
        return "customers/show";
    }

    /** The people a customer may be given to, for the form's owner list. */
    private void owners(Model model) {
        model.addAttribute("people", users.activePeople());
    }

    @GetMapping("/new")
    @PreAuthorize(CustomerApi.WRITERS)
    String newForm(Model model) {
        owners(model);
        model.addAttribute("form", new CustomerForm());
        return "customers/form";
    }

    @PostMapping
    @PreAuthorize(CustomerApi.WRITERS)
    String create(
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        owners(model);
        if (errors.hasErrors()) {
            return "customers/form";
        }
        try {
            Customer created = customers.create(form.getCustomerNumber(), form.details(null));
            redirect.addFlashAttribute("flash", "customers.saved");
            redirect.addFlashAttribute("possibleDuplicates", customers.possibleDuplicatesOf(created));
            return "redirect:/customers/" + created.getId();
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return "customers/form";
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CustomerApi.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        owners(model);
        Customer customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("form", CustomerForm.of(customer));
        return "customers/form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(CustomerApi.WRITERS)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        owners(model);
        Customer existing = customers.get(id);
        model.addAttribute("customer", existing);
        if (errors.hasErrors()) {
            return "customers/form";
        }
        try {
            Customer saved =
                    customers.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.details(existing));
            redirect.addFlashAttribute("flash", "customers.saved");
            redirect.addFlashAttribute("possibleDuplicates", customers.possibleDuplicatesOf(saved));
            return "redirect:/customers/" + id;
        } catch (OptimisticLockingFailureException ex) {
            Customer current = customers.get(id);
            model.addAttribute("customer", current);
            model.addAttribute("form", CustomerForm.of(current));
            model.addAttribute("conflict", true);
            return "customers/form";
        } catch (InvalidInputException ex) {
            reject(ex, errors);
            return "customers/form";
        }
    }

    private static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
        }
    }
}
