package org.clientela.sales.internal.prospects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.CsvInput;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.RowErrors;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.ProspectImportResult;
import org.clientela.sales.ProspectImportResult.DuplicateOf;
import org.clientela.sales.ProspectImportResult.DuplicateWarning;
import org.clientela.sales.ProspectImporter;
import org.clientela.sales.internal.campaigns.Campaigns;
import org.clientela.sales.internal.prospects.ProspectImportWriter.Written;
import org.clientela.sales.internal.prospects.ProspectRows.Parsed;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prospect import in two passes over the spooled file, as the customer import: first every row is
 * checked (nothing is written while any row is bad), then all rows are written in one transaction,
 * in chunks of {@link #CHUNK} with bulk inserts and batched updates. The external id is the key: a
 * known prospect is updated only where the file says something different, so re-importing changes
 * nothing.
 */
@Service
class ProspectCsvImport implements ProspectImporter {

    private static final Logger log = LoggerFactory.getLogger(ProspectCsvImport.class);
    private static final int CHUNK = 1000;

    private final ProspectImportWriter writer;
    private final ProspectImportDuplicates duplicates;
    private final TargetingRules rules;
    private final Campaigns campaigns;
    private final UserDirectory users;
    private final TransactionTemplate transaction;
    private final BulkInsert bulk;
    private final AuditLog audit;
    private final Clock clock;

    ProspectCsvImport(
            ProspectImportWriter writer,
            ProspectImportDuplicates duplicates,
            TargetingRules rules,
            Campaigns campaigns,
            UserDirectory users,
            TransactionTemplate transaction,
            BulkInsert bulk,
            AuditLog audit,
            Clock clock) {
        this.writer = writer;
        this.duplicates = duplicates;
        this.rules = rules;
        this.campaigns = campaigns;
        this.users = users;
        this.transaction = transaction;
        this.bulk = bulk;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ProspectImportResult importCsv(Path file, ImportProgress progress) {
        long start = System.nanoTime();
        Set<String> active = users.activeUsernames();
        long rows = check(file, progress, active);
        long checked = System.nanoTime();
        ProspectImportResult result = transaction.execute(status -> {
            bulk.preferIndexesInThisTransaction();
            return write(file, progress, active);
        });
        bulk.refreshStatistics("sales_prospect", "sales_prospect_contact", "sales_prospect_search_term");
        progress.advanced(Phase.WRITING, rows);
        log.info(
                "Prospect import: {} rows checked in {} ms, written in {} ms: {} created, {} updated, {} unchanged,"
                        + " {} possible duplicates",
                rows,
                (checked - start) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000,
                result.created(),
                result.updated(),
                result.unchanged(),
                result.duplicates());
        return result;
    }

    private ProspectRows columns(CsvInput csv, Set<String> active) {
        return new ProspectRows(csv, rules.sectors(), campaigns.all(), active);
    }

    /** Pass 1: every row valid, no external id twice. Returns the number of rows. */
    private long check(Path file, ImportProgress progress, Set<String> active) {
        RowErrors errors = new RowErrors();
        Map<String, Long> seen = new HashMap<>();
        long rows = 0;
        try (CsvInput csv = CsvInput.open(file, ProspectRows.REQUIRED)) {
            ProspectRows columns = columns(csv, active);
            for (CsvInput.Row row : csv) {
                Parsed parsed = columns.parse(row, errors);
                if (parsed.externalId() != null) {
                    Long earlier = seen.putIfAbsent(parsed.externalId(), row.line());
                    if (earlier != null) {
                        errors.add(
                                row.line(),
                                "external_id",
                                "csv.duplicate",
                                "external_id",
                                parsed.externalId(),
                                String.valueOf(earlier));
                    }
                }
                if (++rows % CHUNK == 0) {
                    progress.advanced(Phase.CHECKING, rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        errors.throwIfAny();
        progress.advanced(Phase.CHECKING, rows);
        return rows;
    }

    /** Pass 2, inside one transaction. */
    private ProspectImportResult write(Path file, ImportProgress progress, Set<String> active) {
        long rows = 0;
        Warnings warnings = new Warnings();
        ProspectImportWriter.Run run;
        try (CsvInput csv = CsvInput.open(file, ProspectRows.REQUIRED)) {
            run = new ProspectImportWriter.Run(
                    AuditLog.currentActor(), Timestamp.from(clock.instant()), rules.sizeBands(), columns(csv, active));
            List<Parsed> chunk = new ArrayList<>(CHUNK);
            RowErrors ignored = new RowErrors();
            for (CsvInput.Row row : csv) {
                chunk.add(run.columns.parse(row, ignored));
                rows++;
                if (chunk.size() == CHUNK) {
                    writeChunk(chunk, run, warnings);
                    chunk.clear();
                    progress.advanced(Phase.WRITING, rows);
                }
            }
            writeChunk(chunk, run, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProspectImportResult result =
                new ProspectImportResult(rows, run.created, run.updated, run.unchanged, warnings.count, warnings.shown);
        audit.record(
                "PROSPECTS_IMPORTED",
                "prospect",
                null,
                "Import of " + file.getFileName() + ": " + rows + " rows, " + result.created() + " created, "
                        + result.updated() + " updated, " + result.unchanged() + " unchanged, "
                        + result.duplicates() + " possible duplicates",
                null,
                result.counts(),
                file.getFileName().toString(),
                rows,
                result.created(),
                result.updated(),
                result.unchanged());
        return result;
    }

    private void writeChunk(List<Parsed> chunk, ProspectImportWriter.Run run, Warnings warnings) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Written> written = writer.write(chunk, run);
        List<DuplicateOf> found = duplicates.of(written);
        for (int i = 0; i < written.size(); i++) {
            if (found.get(i) != null) {
                warnings.add(new DuplicateWarning(
                        written.get(i).row().line(), written.get(i).row().externalId(), found.get(i)));
            }
        }
    }

    /** The possible duplicates found: all counted, the first ones kept to show. */
    private static final class Warnings {
        long count;
        final List<DuplicateWarning> shown = new ArrayList<>();

        void add(DuplicateWarning warning) {
            count++;
            if (shown.size() < ProspectImportResult.WARNINGS_SHOWN) {
                shown.add(warning);
            }
        }
    }
}
