package org.clientela.sales.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.CsvExport;
import org.clientela.sales.internal.prospects.ProspectExport;
import org.clientela.sales.internal.prospects.ProspectQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The prospect list downloaded as a CSV file: with the list's own search, filters and order, every
 * prospect the list shows over all its pages (a seller's own only), in the import's columns.
 */
@Controller
class ProspectExportPages {

    private final ProspectExport export;

    ProspectExportPages(ProspectExport export) {
        this.export = export;
    }

    @GetMapping("/sales/prospects/export.csv")
    @PreAuthorize(SalesRoles.READERS)
    void export(ProspectFilter filter, Authentication authentication, HttpServletResponse response) throws IOException {
        ProspectQuery query = filter.query(0);
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("prospectos.csv"));
        export.write(query, SalesRoles.of(authentication), response.getOutputStream());
    }
}
