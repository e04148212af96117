package org.clientela.customers.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.CustomerExport;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.platform.CsvExport;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list, as filtered on the page, downloaded as a CSV file. */
@Controller
class CustomerExportController {

    private final CustomerExport export;

    CustomerExportController(CustomerExport export) {
        this.export = export;
    }

    @GetMapping("/customers/export.csv")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(defaultValue = "NAME") CustomerSearch.Sort sort, HttpServletResponse response)
            throws IOException {
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("clientes.csv"));
        export.write(q, status, sort, response.getOutputStream());
    }
}
