package org.clientela.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.clientela.privacy.internal.export.PersonalDataExport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything held about a customer, as a ZIP archive: a JSON file per record type and a readable
 * {@code summary.html} in the caller's language (Accept-Language). An unknown customer is a 404.
 */
@RestController
class PersonalDataApi {

    private final PersonalDataExport export;

    PersonalDataApi(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/v1/customers/{id}/personal-data", produces = "application/zip")
    @PreAuthorize(RightsRequestRoles.MANAGERS)
    void export(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        send(export, id, locale, response);
    }

    /** Checks the customer, then streams the archive as a download. */
    static void send(PersonalDataExport export, long id, Locale locale, HttpServletResponse response)
            throws IOException {
        export.customer(id);
        download(response, PersonalDataExport.fileName(id), out -> export.write(id, locale, out));
    }

    /** Writes an archive to a stream. */
    interface ArchiveWriting {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Streams the archive {@code writing} writes as a download named {@code fileName}, never cached. */
    static void download(HttpServletResponse response, String fileName, ArchiveWriting writing) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        writing.writeTo(response.getOutputStream());
    }
}
