package org.clientela.privacy.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.ProspectDirectory;
import org.clientela.sales.ProspectDirectory.ProspectRef;
import org.clientela.sales.ProspectPersonalData;
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
 * Everything held about a prospect as one ZIP archive (issue 19), as {@link PersonalDataExport} does
 * for a customer: a JSON file per record type of the sales module ({@link ProspectPersonalData}), the
 * consent lines of the prospect and of its contact people (each line saying whose), and {@code summary.html} in the reader's language, in one
 * repeatable-read transaction. Audited with the prospect's id and the number of records only.
 */
@Component
public class ProspectDataExport {

    private static final String CONSENTS = """
            SELECT e.id, e.person_kind, e.person_id, e.channel, e.purpose, e.status, e.legal_basis, e.source,
                   e.recorded_at, e.recorded_by, t.body AS text_shown
              FROM privacy_consent_event e JOIN privacy_consent_text t ON t.id = e.text_id
             WHERE e.prospect_id = :prospectId ORDER BY e.id""";

    private final ProspectDirectory prospects;
    private final ProspectPersonalData sales;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final BusinessSettings business;
    private final AuditLog audit;
    private final Clock clock;

    ProspectDataExport(
            ProspectDirectory prospects,
            ProspectPersonalData sales,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            JsonMapper json,
            ITemplateEngine templates,
            BusinessSettings business,
            AuditLog audit,
            Clock clock) {
        this.prospects = prospects;
        this.sales = sales;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.json = json;
        this.templates = templates;
        this.business = business;
        this.audit = audit;
        this.clock = clock;
    }

    /** The prospect, or a {@link NotFoundException}. */
    public ProspectRef prospect(long prospectId) {
        return prospects.find(prospectId).orElseThrow(() -> new NotFoundException("prospect", prospectId));
    }

    /** The archive's file name: the prospect's id only. */
    public static String fileName(long prospectId) {
        return "prospect-personal-data-" + prospectId + ".zip";
    }

    /** Writes the archive of {@code prospectId} to {@code out}, its summary in {@code language}, and records the export. */
    public void write(long prospectId, Locale language, OutputStream out) {
        ProspectRef prospect = prospect(prospectId);
        Map<String, String> queries = new LinkedHashMap<>(sales.exports());
        queries.put("consents", CONSENTS);
        transaction.executeWithoutResult(status -> {
            try {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                List<ExportedRows> written = new ArrayList<>();
                for (Map.Entry<String, String> query : queries.entrySet()) {
                    written.add(writeFile(zip, query.getKey(), query.getValue(), prospectId));
                }
                zip.putNextEntry(new ZipEntry(PersonalDataExport.SUMMARY));
                zip.write(summary(prospect, written, language).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                long records = written.stream().mapToLong(ExportedRows::count).sum();
                audit.record(
                        "PROSPECT_PERSONAL_DATA_EXPORTED",
                        "prospect",
                        prospectId,
                        "Personal data of prospect " + prospectId + " exported: " + records + " records",
                        null,
                        null,
                        prospectId,
                        records,
                        written.size());
                zip.finish();
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private ExportedRows writeFile(ZipOutputStream zip, String recordType, String sql, long prospectId)
            throws IOException {
        zip.putNextEntry(new ZipEntry(recordType + ".json"));
        ExportedRows rows = new ExportedRows(recordType);
        try (JsonGenerator generator = json.createGenerator(new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            generator.writeStartArray();
            jdbc.query(sql, Map.of("prospectId", prospectId), (RowCallbackHandler) rs -> rows.write(rs, generator));
            generator.writeEndArray();
        }
        zip.closeEntry();
        return rows;
    }

    private String summary(ProspectRef prospect, List<ExportedRows> written, Locale language) {
        return ExportSummary.render(
                templates,
                ExportSummary.PROSPECT_WORDS,
                prospect.name(),
                prospect.id(),
                written,
                clock,
                business.timeZone(),
                language);
    }
}
