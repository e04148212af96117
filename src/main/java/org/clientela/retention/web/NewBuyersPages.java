package org.clientela.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.figures.NewBuyer;
import org.clientela.orders.figures.NewBuyerQuery;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.platform.Slice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customers behind "¿Cuántos regresan?": who first bought in a period, who of them came back,
 * who bought only once (the ones to call), and who of a quarter's cohort bought in a later quarter.
 * Every repeat-purchase and cohort figure on the three questions links here.
 */
@Controller
@PreAuthorize(RetentionRoles.READERS)
class NewBuyersPages {

    private static final int PAGE_SIZE = 25;

    private final PurchaseFigures buyers;
    private final CustomerDirectory directory;
    private final Clock clock;

    NewBuyersPages(PurchaseFigures buyers, CustomerDirectory directory, Clock clock) {
        this.buyers = buyers;
        this.directory = directory;
        this.clock = clock;
    }

    /** One row of the page: the customer as the directory names them, and their purchase days. */
    record Row(CustomerDirectory.CustomerRef customer, NewBuyer buyer) {}

    @GetMapping("/retention/new-buyers")
    String newBuyers(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean again,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeTo,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        // Without a period: the last 12 months, as on the three questions.
        LocalDate first = from == null ? today.minusYears(1).plusDays(1) : from;
        LocalDate end = to == null ? today.plusDays(1) : to;
        boolean periodError = !first.isBefore(end);
        if (periodError) {
            first = today.minusYears(1).plusDays(1);
            end = today.plusDays(1);
        }
        boolean activeError =
                (activeFrom == null) != (activeTo == null) || (activeFrom != null && !activeFrom.isBefore(activeTo));
        model.addAttribute("from", first);
        model.addAttribute("to", end);
        model.addAttribute("again", again);
        model.addAttribute("activeFrom", activeError ? null : activeFrom);
        model.addAttribute("activeTo", activeError ? null : activeTo);
        model.addAttribute("periodError", periodError);
        model.addAttribute("activeError", activeError);
        NewBuyerQuery query = activeError
                ? new NewBuyerQuery(first, end, again, null, null)
                : new NewBuyerQuery(first, end, again, activeFrom, activeTo);
        Slice<NewBuyer> slice = buyers.newBuyers(query, Math.max(0, page), PAGE_SIZE);
        Map<Long, CustomerDirectory.CustomerRef> names = directory.findAll(
                slice.items().stream().map(NewBuyer::customerId).toList());
        List<Row> rows = slice.items().stream()
                .filter(b -> names.containsKey(b.customerId()))
                .map(b -> new Row(names.get(b.customerId()), b))
                .toList();
        model.addAttribute("results", new Slice<>(rows, slice.page(), slice.size(), slice.hasNext()));
        return "retention/new-buyers";
    }
}
