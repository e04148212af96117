package org.clientela.orders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.clientela.orders.internal.OrderColumn;
import org.clientela.orders.internal.OrderExport;
import org.clientela.orders.internal.OrderFilter;
import org.clientela.platform.CsvExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The orders of the list downloaded line by line as a CSV file: with the list's own filters and
 * sort, every order the list shows over all its pages, in its order.
 */
@Controller
class OrderExportPages {

    private final OrderExport export;

    OrderExportPages(OrderExport export) {
        this.export = export;
    }

    @GetMapping("/orders/export.csv")
    void export(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            HttpServletResponse response)
            throws IOException {
        OrderFilter filter = new OrderFilter(customerId, from, to);
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("pedidos.csv"));
        // The list's own sort when the link carries one (the page's export always does), else oldest first.
        export.write(
                filter,
                sort == null || sort.isBlank() ? null : OrderColumn.Sorted.of(sort, dir),
                response.getOutputStream());
    }
}
