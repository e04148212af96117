package org.clientela.privacy.internal.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.PersonalDataSink;
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
 * Writes one person's export as a ZIP archive, whoever the person is (a customer, a prospect): a
 * JSON file per record type, streamed from its queries a few hundred rows at a time, then
 * {@code summary.html} in the reader's language, all inside one repeatable-read transaction, so
 * every file shows the same moment and a long history never sits in memory. The audit log records
 * the export with the person's id and the number of records only: no name, no data.
 */
@Component
class PersonalDataArchive {

    static final String SUMMARY = "summary.html";
    private static final int FETCH_SIZE = 500;

    /**
     * One JSON file of the archive.
     *
     * @param recordType the file's name without {@code .json}
     * @param rows       writes the file's rows through the sink it is given
     */
    record Part(String recordType, Consumer<PersonalDataSink> rows) {}

    /**
     * Whose archive it is.
     *
     * @param parameter  how the queries name the person ({@code customerId}, {@code prospectId})
     * @param id         the person's id
     * @param kind       the person's kind as the audit log names it ({@code customer}, {@code prospect})
     * @param action     the audit entry's action
     * @param entityType the audit entry's entity type
     * @param words      the summary's words ({@link ExportSummary})
     * @param name       the person's name, for the summary only
     * @param reference  the number the summary shows beside the name
     */
    record Person(
            String parameter,
            long id,
            String kind,
            String action,
            String entityType,
            String words,
            String name,
            Object reference) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final BusinessSettings business;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataArchive(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            JsonMapper json,
            ITemplateEngine templates,
            BusinessSettings business,
            AuditLog audit,
            Clock clock) {
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

    /**
     * Writes {@code parts} of {@code person} to {@code out}, then the summary in {@code language},
     * and records the export.
     */
    void write(OutputStream out, Person person, List<Part> parts, Locale language) {
        transaction.executeWithoutResult(status -> {
            try {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                List<ExportedRows> files = new ArrayList<>();
                for (Part part : parts) {
                    files.add(writeFile(zip, person.parameter(), part));
                }
                zip.putNextEntry(new ZipEntry(SUMMARY));
                String summary = ExportSummary.render(
                        templates,
                        person.words(),
                        person.name(),
                        person.reference(),
                        files,
                        clock,
                        business.timeZone(),
                        language);
                zip.write(summary.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                long records = files.stream().mapToLong(ExportedRows::count).sum();
                audit.record(
                        person.action(),
                        person.entityType(),
                        person.id(),
                        "Personal data of " + person.kind() + " " + person.id() + " exported: " + records + " records",
                        null,
                        null,
                        person.id(),
                        records,
                        files.size());
                zip.finish();
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private ExportedRows writeFile(ZipOutputStream zip, String parameter, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(part.recordType() + ".json"));
        ExportedRows rows = new ExportedRows(part.recordType());
        try (JsonGenerator generator = json.createGenerator(new KeptOpen(zip))) {
            generator.writeStartArray();
            PersonalDataSink sink = (sql, id) ->
                    jdbc.query(sql, Map.of(parameter, id), (RowCallbackHandler) rs -> rows.write(rs, generator));
            part.rows().accept(sink);
            generator.writeEndArray();
        }
        zip.closeEntry();
        return rows;
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
