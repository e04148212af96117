package org.clientela.satisfaction.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.satisfaction.internal.gestures.Gesture;
import org.clientela.satisfaction.internal.gestures.GestureFigures;
import org.clientela.satisfaction.internal.gestures.GestureFigures.MonthTotal;
import org.clientela.satisfaction.internal.gestures.GestureKind;
import org.clientela.satisfaction.internal.gestures.GestureLedger;
import org.clientela.satisfaction.internal.gestures.GestureLedger.GestureQuery;
import org.clientela.satisfaction.internal.gestures.GestureType;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Surprises and apologies on the pages: the ledger with its filters, the totals of the last twelve
 * months, the measured effect (loaded after the page, as it reads the purchases of many customers),
 * the card on the customer page with its short form, and the whole form when that one needs fixing.
 */
@Controller
class GesturePages {

    static final String LIST = "/satisfaction/gestures";
    static final String PANEL = "/satisfaction/panels/gestures/";

    private final GestureLedger ledger;
    private final GestureFigures figures;
    private final CustomerDirectory customers;
    private final BusinessSettings business;
    private final Clock clock;

    GesturePages(
            GestureLedger ledger,
            GestureFigures figures,
            CustomerDirectory customers,
            BusinessSettings business,
            Clock clock) {
        this.ledger = ledger;
        this.figures = figures;
        this.customers = customers;
        this.business = business;
        this.clock = clock;
    }

    @Bean
    static CustomerPanel gesturePanel() {
        return CustomerPanel.of(
                "satisfaction-gestures", "satisfaction.gestures.panel.title", PANEL, CustomerPanel.Slot.MAIN, 61);
    }

    /** One month's line of the totals: surprises, apologies and both. */
    record MonthLine(
            YearMonth month,
            long surprises,
            BigDecimal surpriseCost,
            long apologies,
            BigDecimal apologyCost,
            BigDecimal total) {}

    @GetMapping(LIST)
    @PreAuthorize(IdeaRoles.READERS)
    String list(
            @RequestParam(required = false) GestureKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Slice<Gesture> slice = ledger.search(new GestureQuery(kind, null, null, from, to, page, 25));
        ListLinks links = ListLinks.of(LIST, null, ListLinks.Direction.DESC)
                .with("kind", kind)
                .with("from", from)
                .with("to", to);
        model.addAttribute("slice", slice);
        model.addAttribute("links", links);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", GestureKind.values());
        model.addAttribute(
                "names",
                customers.findAll(slice.items().stream()
                        .map(Gesture::customerId)
                        .distinct()
                        .toList()));
        LocalDate today = today();
        List<MonthLine> months =
                months(figures.monthlyTotals(today.withDayOfMonth(1).minusMonths(11), today));
        model.addAttribute("months", months);
        model.addAttribute("yearTotal", months.stream().map(MonthLine::total).reduce(zero(), BigDecimal::add));
        model.addAttribute("currency", business.currency().getCurrencyCode());
        return "satisfaction/gestures";
    }

    /** The measured effect, a piece of the ledger's page. */
    @GetMapping(LIST + "/effect")
    @PreAuthorize(IdeaRoles.READERS)
    String effect(
            @RequestParam(required = false) GestureKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null || from.isAfter(end) ? end.minusYears(1) : from;
        GestureFigures.Effect effect = figures.effect(start, end, kind);
        model.addAttribute("effect", effect);
        var difference = effect.comparison().revenueDifference();
        if (difference != null) {
            model.addAttribute("revenueLow", money(difference.low()));
            model.addAttribute("revenueHigh", money(difference.high()));
        }
        model.addAttribute("currency", business.currency().getCurrencyCode());
        return "satisfaction/gesture-panel :: effect";
    }

    @GetMapping(LIST + "/new")
    @PreAuthorize(IdeaRoles.WRITERS)
    String newForm(@RequestParam long customerId, Model model) {
        GestureForm form = new GestureForm();
        form.setCustomerId(customerId);
        model.addAttribute("form", form);
        return newPage(model, customerId);
    }

    @PostMapping(LIST)
    @PreAuthorize(IdeaRoles.WRITERS)
    String create(
            @Valid @ModelAttribute("form") GestureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getCustomerId() == null) {
            throw new NotFoundException("customer", null);
        }
        if (form.costUnreadable()) {
            errors.rejectValue("cost", "satisfaction.gestures.cost.number");
        }
        if (errors.hasErrors()) {
            return newPage(model, form.getCustomerId());
        }
        try {
            Gesture gesture = ledger.give(form.gesture());
            redirect.addFlashAttribute("flash", "satisfaction.gestures.saved");
            return "customer".equals(form.getBack())
                    ? "redirect:/customers/" + gesture.customerId()
                    : "redirect:" + LIST;
        } catch (InvalidInputException ex) {
            IdeaPages.reject(ex, errors);
            return newPage(model, form.getCustomerId());
        }
    }

    private String newPage(Model model, long customerId) {
        CustomerRef customer =
                customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        model.addAttribute("customer", customer);
        model.addAttribute("types", GestureType.values());
        return "satisfaction/gesture-new";
    }

    @GetMapping(PANEL + "{customerId}")
    @PreAuthorize(IdeaRoles.READERS)
    String panel(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("gestures", ledger.ofCustomer(customerId, 5));
        model.addAttribute("types", GestureType.values());
        model.addAttribute("currency", business.currency().getCurrencyCode());
        return "satisfaction/gesture-panel :: panel";
    }

    static List<MonthLine> months(List<MonthTotal> totals) {
        Map<YearMonth, MonthLine> lines = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (MonthTotal t : totals) {
            MonthLine line = lines.getOrDefault(t.month(), new MonthLine(t.month(), 0, zero(), 0, zero(), zero()));
            lines.put(
                    t.month(),
                    t.kind() == GestureKind.SURPRISE
                            ? new MonthLine(
                                    t.month(),
                                    line.surprises() + t.gestures(),
                                    line.surpriseCost().add(t.cost()),
                                    line.apologies(),
                                    line.apologyCost(),
                                    line.total().add(t.cost()))
                            : new MonthLine(
                                    t.month(),
                                    line.surprises(),
                                    line.surpriseCost(),
                                    line.apologies() + t.gestures(),
                                    line.apologyCost().add(t.cost()),
                                    line.total().add(t.cost())));
        }
        return List.copyOf(lines.values());
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }
}
