package org.clientela.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.privacy.internal.erasure.ProspectErasures;
import org.clientela.privacy.internal.erasure.ProspectErasures.ProspectErasureReport;
import org.clientela.privacy.internal.export.ProspectDataExport;
import org.clientela.privacy.web.ErasureApi.ErasureRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A prospect who never became a customer, exported and erased over the API (issue 19), with the
 * customer versions' roles: admins and managers export, admins erase. An unknown prospect is a 404;
 * a second erasure, or the erasure of a prospect won into a customer (erase the customer instead),
 * a 409.
 */
@RestController
class ProspectDataApi {

    private final ProspectDataExport export;
    private final ProspectErasures erasures;

    ProspectDataApi(ProspectDataExport export, ProspectErasures erasures) {
        this.export = export;
        this.erasures = erasures;
    }

    /** What changed or would change. */
    record ProspectErasureAnswer(long prospectId, boolean dryRun, long rows, List<Change> changes) {
        static ProspectErasureAnswer of(ProspectErasureReport report) {
            return new ProspectErasureAnswer(report.prospectId(), report.dryRun(), report.rows(), report.changes());
        }
    }

    @GetMapping(value = "/api/v1/prospects/{id}/personal-data", produces = "application/zip")
    @PreAuthorize(RightsRequestRoles.MANAGERS)
    void export(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        send(export, id, locale, response);
    }

    /** Answers the archive of {@code prospectId} as a download: a 404 for an unknown prospect. */
    static void send(ProspectDataExport export, long id, Locale locale, HttpServletResponse response)
            throws IOException {
        export.prospect(id);
        PersonalDataApi.download(response, ProspectDataExport.fileName(id), out -> export.write(id, locale, out));
    }

    @PostMapping("/api/v1/prospects/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    ProspectErasureAnswer erase(@PathVariable long id, @Valid @RequestBody ErasureRequest request) {
        return ProspectErasureAnswer.of(request.dryRun() ? erasures.preview(id) : erasures.anonymise(id));
    }
}
