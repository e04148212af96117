package org.clientela.sales.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.clientela.platform.CsvExport;
import org.clientela.platform.ListLinks;
import org.clientela.platform.SortColumn;
import org.clientela.sales.internal.prospects.ProspectExport;
import org.clientela.sales.internal.prospects.ProspectQuery;
import org.clientela.sales.internal.prospects.ProspectSort;
import org.clientela.sales.internal.prospects.Stage;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Stage reached,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Authentication authentication,
            HttpServletResponse response)
            throws IOException {
        ProspectQuery query = new ProspectQuery(
                q,
                owner,
                campaignId,
                stage,
                reached,
                from,
                to,
                SortColumn.parse(ProspectSort.class, sort),
                ListLinks.Direction.of(dir),
                0,
                0);
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("prospectos.csv"));
        export.write(query, SalesRoles.of(authentication), response.getOutputStream());
    }
}
