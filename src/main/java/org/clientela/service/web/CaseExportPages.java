package org.clientela.service.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.CsvExport;
import org.clientela.service.CaseType;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.CaseRow;
import org.clientela.service.internal.cases.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list downloaded as a CSV file: with the list's own filters, {@code sort} and {@code dir},
 * every case the list shows over all its pages, in its order, with the column names and words of the
 * person's language.
 */
@Controller
class CaseExportPages {

    private static final String[] HEADER = {
        "service.case.col.reference",
        "service.case.col.opened",
        "service.case.col.customer",
        "service.case.col.type",
        "service.case.export.reason",
        "service.case.col.subject",
        "service.case.col.priority",
        "service.case.col.status",
        "service.case.col.owner",
        "service.case.col.updateDue"
    };

    private final CaseList queries;
    private final MessageSource messages;
    private final BusinessSettings settings;

    CaseExportPages(CaseList queries, MessageSource messages, BusinessSettings settings) {
        this.queries = queries;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/service/cases/export.csv")
    @PreAuthorize(ServiceRoles.READERS)
    void export(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            HttpServletResponse response)
            throws IOException {
        CaseListQuery query = CaseListQuery.of(status, open, owner, type, overdue, customerId, sort, dir);
        Locale locale = LocaleContextHolder.getLocale();
        ZoneId zone = settings.timeZone();
        try (CsvExport csv = CsvDownload.start(response, messages, locale, "service.case.export.file", HEADER)) {
            queries.each(query.filter(), query.column(), query.direction(), rows -> {
                for (CaseRow r : rows) {
                    csv.row(
                            r.reference(),
                            CsvDownload.when(r.openedAt(), zone),
                            r.customerName(),
                            messages.getMessage("service.case.type." + r.type(), null, locale),
                            r.reason() == null
                                    ? ""
                                    : messages.getMessage("service.case.reason." + r.reason(), null, locale),
                            r.subject(),
                            messages.getMessage("service.case.priority." + r.priority(), null, locale),
                            messages.getMessage("service.case.status." + r.status(), null, locale),
                            r.owner() != null
                                    ? r.owner()
                                    : messages.getMessage("service.case.unassigned", null, locale),
                            r.status().isOpen() ? CsvDownload.when(r.nextUpdateDueAt(), zone) : "");
                }
            });
        }
    }
}
