package org.clientela.service.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.CsvExport;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseList;
import org.clientela.service.internal.promises.PromiseStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The promise list downloaded as a CSV file: with the list's own {@code status}, {@code owner} and
 * {@code dir} ({@code days} only shapes the figures above the list), every promise the list shows
 * over all its pages, in its order, with the column names and words of the person's language.
 */
@Controller
class PromiseExportPages {

    private static final String[] HEADER = {
        "service.promise.col.due",
        "service.promise.col.kind",
        "service.promise.col.customer",
        "service.promise.col.owner",
        "service.promise.col.description",
        "service.promise.col.status"
    };

    private final PromiseList promises;
    private final CustomerDirectory directory;
    private final MessageSource messages;
    private final BusinessSettings settings;

    PromiseExportPages(
            PromiseList promises, CustomerDirectory directory, MessageSource messages, BusinessSettings settings) {
        this.promises = promises;
        this.directory = directory;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/service/promises/export.csv")
    @PreAuthorize(ServiceRoles.READERS)
    void export(
            @RequestParam(defaultValue = "PENDING") PromiseStatus status,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dir,
            HttpServletResponse response)
            throws IOException {
        PromiseListQuery query = PromiseListQuery.of(status, days, owner, dir);
        Locale locale = LocaleContextHolder.getLocale();
        ZoneId zone = settings.timeZone();
        try (CsvExport csv = CsvDownload.start(response, messages, locale, "service.promise.export.file", HEADER)) {
            promises.each(query.status(), query.owner(), query.direction(), promises -> {
                Map<Long, CustomerDirectory.CustomerRef> names = directory.findAll(promises.stream()
                        .map(Promise::customerId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()));
                for (Promise p : promises) {
                    CustomerDirectory.CustomerRef customer = names.get(p.customerId());
                    csv.row(
                            CsvDownload.when(p.dueAt(), zone),
                            messages.getMessage("service.promise.kind." + p.kind(), null, locale),
                            !p.aboutCustomer()
                                    ? p.party().name()
                                    : customer == null ? String.valueOf(p.customerId()) : customer.name(),
                            p.owner(),
                            p.description(),
                            messages.getMessage("service.promise.status." + p.status(), null, locale));
                }
            });
        }
    }
}
