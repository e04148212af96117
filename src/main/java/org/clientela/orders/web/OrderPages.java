package org.clientela.orders.web;

import java.time.LocalDate;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.internal.OrderBook;
import org.clientela.orders.internal.OrderColumn;
import org.clientela.orders.internal.OrderFilter;
import org.clientela.orders.internal.PurchaseHistory;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The order list with its filters, one order with its lines, and a customer's purchases on the 360 page. */
@Controller
@RequestMapping("/orders")
class OrderPages {

    private static final int PAGE_SIZE = 25;

    private final OrderBook orders;
    private final PurchaseHistory purchases;
    private final CustomerDirectory customers;

    OrderPages(OrderBook orders, PurchaseHistory purchases, CustomerDirectory customers) {
        this.orders = orders;
        this.purchases = purchases;
        this.customers = customers;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrderFilter filter;
        try {
            filter = new OrderFilter(customerId, from, to);
        } catch (InvalidInputException ex) {
            model.addAttribute("filterError", ex.errors().get(0));
            filter = new OrderFilter(customerId, null, null);
        }
        OrderColumn.Sorted sorted = OrderColumn.Sorted.of(sort, dir);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "links",
                ListLinks.of("/orders", sorted.column().param(), sorted.direction())
                        .with("customerId", filter.customerId())
                        .with("from", filter.from())
                        .with("to", filter.to()));
        model.addAttribute("total", orders.count(filter));
        if (customerId != null) {
            model.addAttribute("customer", customers.find(customerId).orElse(null));
        }
        model.addAttribute("results", orders.list(filter, sorted, Math.max(0, page), PAGE_SIZE));
        return "orders/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("details", orders.find(id).orElseThrow(() -> new NotFoundException("order", id)));
        return "orders/show";
    }

    /** The purchases card of the customer 360 page, loaded by htmx: a fragment, no layout. */
    @GetMapping("/of-customer/{customerId}")
    String ofCustomer(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("profile", purchases.of(customerId));
        return "orders/purchases :: purchases";
    }
}
