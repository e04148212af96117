package org.clientela.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.clientela.imports.internal.ImportKind;
import org.clientela.imports.internal.Importers;
import org.clientela.platform.ImportResult;
import org.clientela.sales.ProspectImportResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports over the API: the file is the request body ({@code Content-Type: text/csv}). The
 * answer comes when the import is done: 200 with the counts, or 422 listing every bad row. A
 * prospect list's answer also lists the rows that may be a customer or prospect already there
 * ({@code duplicates}, {@code warnings}): they are imported all the same.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class ImportApi {

    private final Importers importers;

    ImportApi(Importers importers) {
        this.importers = importers;
    }

    @PostMapping(
            path = "/customers",
            consumes = {"text/csv", "application/csv", "text/plain"})
    ImportResult customers(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importers.run(ImportKind.CUSTOMERS, body);
        }
    }

    @PostMapping(
            path = "/orders",
            consumes = {"text/csv", "application/csv", "text/plain"})
    ImportResult orders(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importers.run(ImportKind.ORDERS, body);
        }
    }

    @PostMapping(
            path = "/prospects",
            consumes = {"text/csv", "application/csv", "text/plain"})
    ProspectImportResult prospects(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importers.runProspects(body);
        }
    }
}
