package org.clientela.orders.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clientela.customers.CustomerNames;
import org.clientela.orders.internal.OrderBook;
import org.clientela.orders.internal.OrderDetails;
import org.clientela.orders.internal.OrderFilter;
import org.clientela.orders.internal.OrderSort;
import org.clientela.orders.internal.OrderSummary;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders over JSON, for every signed-in role: pages of orders by customer and date, and one order
 * with its lines. Amounts are exact decimals with their {@code currency}.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderApi {

    private final OrderBook orders;
    private final CustomerNames names;

    OrderApi(OrderBook orders, CustomerNames names) {
        this.orders = orders;
        this.names = names;
    }

    /** An order without its lines, as in a list. */
    record OrderView(
            long id,
            String orderNumber,
            LocalDate orderDate,
            long customerId,
            String customerNumber,
            String customerName,
            String channel,
            String pointOfSale,
            int lineCount,
            BigDecimal total,
            String currency) {

        /** {@code o} with the customer's name as the reader sees it ({@link CustomerNames}). */
        static OrderView of(OrderSummary o, CustomerNames names) {
            return new OrderView(
                    o.id(),
                    o.orderNumber(),
                    o.orderDate(),
                    o.customerId(),
                    o.customerNumber(),
                    names.shown(o.customerId(), o.customerName()),
                    o.channel(),
                    o.pointOfSale(),
                    o.lineCount(),
                    o.total(),
                    o.currency());
        }
    }

    /** An order with its lines; every amount is in the order's {@code currency}. */
    record OrderWithLines(
            long id,
            String orderNumber,
            LocalDate orderDate,
            long customerId,
            String customerNumber,
            String customerName,
            String channel,
            String pointOfSale,
            int lineCount,
            BigDecimal total,
            String currency,
            List<OrderDetails.Line> lines) {

        static OrderWithLines of(OrderDetails details, CustomerNames names) {
            OrderSummary o = details.order();
            return new OrderWithLines(
                    o.id(),
                    o.orderNumber(),
                    o.orderDate(),
                    o.customerId(),
                    o.customerNumber(),
                    names.shown(o.customerId(), o.customerName()),
                    o.channel(),
                    o.pointOfSale(),
                    o.lineCount(),
                    o.total(),
                    o.currency(),
                    details.lines());
        }
    }

    /** A page of orders, and whether a next page exists. */
    record OrderPage(List<OrderView> items, int page, int size, boolean hasNext) {
        static OrderPage of(Slice<OrderSummary> slice, CustomerNames names) {
            return new OrderPage(
                    slice.items().stream().map(o -> OrderView.of(o, names)).toList(),
                    slice.page(),
                    slice.size(),
                    slice.hasNext());
        }
    }

    @GetMapping
    OrderPage find(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "NEWEST") OrderSort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return OrderPage.of(orders.list(new OrderFilter(customerId, from, to), sort, page, size), names);
    }

    @GetMapping("/{id}")
    OrderWithLines get(@PathVariable long id) {
        return OrderWithLines.of(orders.find(id).orElseThrow(() -> new NotFoundException("order", id)), names);
    }
}
