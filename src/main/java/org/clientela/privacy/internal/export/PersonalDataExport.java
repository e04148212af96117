package org.clientela.privacy.internal.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.PersonalDataSink;
import org.clientela.platform.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about a customer as one ZIP archive: a JSON file per record type, written by the
 * {@link PersonalDataSource} of the module that owns it, and {@code summary.html}, the same told in
 * the reader's language. The archive is written straight to the caller's stream inside one
 * repeatable-read transaction, so every file shows the same moment and a long history never sits
 * in memory. The audit log records the export with the customer's id and the number of records
 * only: no name, no data.
 */
@Component
public class PersonalDataExport {

    static final String SUMMARY = "summary.html";
    private static final int FETCH_SIZE = 500;

    private final List<PersonalDataSource> sources;
    private final CustomerDirectory customers;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final BusinessSettings business;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataExport(
            List<PersonalDataSource> sources,
            CustomerDirectory customers,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            JsonMapper json,
            ITemplateEngine templates,
            BusinessSettings business,
            AuditLog audit,
            Clock clock) {
        this.sources = sources.stream()
                .sorted(Comparator.comparing((PersonalDataSource s) -> !"customer".equals(s.recordType()))
                        .thenComparing(PersonalDataSource::recordType))
                .toList();
        this.customers = customers;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // Rows come a few hundred at a time (PostgreSQL streams only inside a transaction).
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.json = json;
        this.templates = templates;
        this.business = business;
        this.audit = audit;
        this.clock = clock;
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
        transaction.executeWithoutResult(status -> {
            try {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                List<ExportedRows> written = new ArrayList<>();
                for (PersonalDataSource source : sources) {
                    written.add(writeFile(zip, source, customerId));
                }
                zip.putNextEntry(new ZipEntry(SUMMARY));
                zip.write(summary(customer, written, language).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                long records = written.stream().mapToLong(ExportedRows::count).sum();
                audit.record(
                        "PERSONAL_DATA_EXPORTED",
                        "personal_data",
                        customerId,
                        "Personal data of customer " + customerId + " exported: " + records + " records",
                        null,
                        null,
                        customerId,
                        records,
                        written.size());
                zip.finish();
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private ExportedRows writeFile(ZipOutputStream zip, PersonalDataSource source, long customerId) throws IOException {
        zip.putNextEntry(new ZipEntry(source.recordType() + ".json"));
        ExportedRows rows = new ExportedRows(source.recordType());
        try (JsonGenerator generator = json.createGenerator(new KeptOpen(zip))) {
            generator.writeStartArray();
            PersonalDataSink sink = (sql, id) ->
                    jdbc.query(sql, Map.of("customerId", id), (RowCallbackHandler) rs -> rows.write(rs, generator));
            source.write(customerId, sink);
            generator.writeEndArray();
        }
        zip.closeEntry();
        return rows;
    }

    private String summary(CustomerRef customer, List<ExportedRows> written, Locale language) {
        return ExportSummary.render(
                templates,
                ExportSummary.CUSTOMER_WORDS,
                customer.name(),
                customer.customerNumber(),
                written,
                clock,
                business.timeZone(),
                language);
    }

    /** The ZIP stays open when a file's JSON writer is closed. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
