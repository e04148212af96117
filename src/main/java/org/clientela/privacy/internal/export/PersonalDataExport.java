package org.clientela.privacy.internal.export;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.PersonalDataSource;
import org.springframework.stereotype.Component;

/**
 * Everything held about a customer as one ZIP archive: a JSON file per record type, written by the
 * {@link PersonalDataSource} of the module that owns it, and {@code summary.html}, the same told in
 * the reader's language, written and audited by {@link PersonalDataArchive}.
 */
@Component
public class PersonalDataExport {

    private final List<PersonalDataSource> sources;
    private final CustomerDirectory customers;
    private final PersonalDataArchive archive;

    PersonalDataExport(List<PersonalDataSource> sources, CustomerDirectory customers, PersonalDataArchive archive) {
        this.sources = sources.stream()
                .sorted(Comparator.comparing((PersonalDataSource s) -> !"customer".equals(s.recordType()))
                        .thenComparing(PersonalDataSource::recordType))
                .toList();
        this.customers = customers;
        this.archive = archive;
    }

    /** The sources, customer first and then by record type. */
    public List<PersonalDataSource> sources() {
        return sources;
    }

    /** The customer, or a {@link NotFoundException}. */
    public CustomerRef customer(long customerId) {
        return customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
    }

    /** The archive's file name: the customer's id only, so a downloads folder names nobody. */
    public static String fileName(long customerId) {
        return "personal-data-" + customerId + ".zip";
    }

    /**
     * Writes the archive of {@code customerId} to {@code out}, with its summary in {@code language},
     * and records the export. The customer must exist (see {@link #customer}).
     */
    public void write(long customerId, Locale language, OutputStream out) {
        CustomerRef customer = customer(customerId);
        List<PersonalDataArchive.Part> parts = sources.stream()
                .map(source ->
                        new PersonalDataArchive.Part(source.recordType(), sink -> source.write(customerId, sink)))
                .toList();
        archive.write(
                out,
                new PersonalDataArchive.Person(
                        "customerId",
                        customerId,
                        "customer",
                        "PERSONAL_DATA_EXPORTED",
                        "personal_data",
                        ExportSummary.CUSTOMER_WORDS,
                        customer.name(),
                        customer.customerNumber()),
                parts,
                language);
    }
}
