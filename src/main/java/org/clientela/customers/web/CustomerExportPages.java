package org.clientela.customers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.CustomerExport;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.platform.CsvExport;
import org.clientela.platform.ListLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list downloaded as a CSV file: with the list's own {@code q}, {@code status},
 * {@code sort} and {@code dir}, every customer the list shows over all its pages, in its order.
 */
@Controller
class CustomerExportPages {

    private final CustomerExport export;

    CustomerExportPages(CustomerExport export) {
        this.export = export;
    }

    @GetMapping("/customers/export.csv")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            HttpServletResponse response)
            throws IOException {
        // The same rule as the list: a search without a sort keeps the order of the matched word.
        CustomerSearch.Sort order = CustomerSearch.Sort.parse(sort);
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("clientes.csv"));
        export.write(
                q,
                status,
                order == null && q.isBlank() ? CustomerSearch.Sort.NAME : order,
                ListLinks.Direction.of(dir),
                response.getOutputStream());
    }
}
