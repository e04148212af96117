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
import org.clientela.customers.CustomerMatches;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prospect import in two passes over the spooled file, as the customer import: first every row is
 * checked (nothing is written while any row is bad), then all rows are written in one transaction,
 * in chunks of {@link #CHUNK} with bulk inserts and batched updates. The external id is the key: a
 * known prospect is updated only where the file says something different, so re-importing changes
 * nothing.
 *
 * <p>Long because checking and writing share the column map, the chunking and the first-load
 * decision; the chunk's SQL is already {@link ProspectImportWriter}'s.
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
    private final JdbcClient jdbc;
    private final long firstLoadMinRows;

    ProspectCsvImport(
            ProspectImportWriter writer,
            ProspectImportDuplicates duplicates,
            TargetingRules rules,
            Campaigns campaigns,
            UserDirectory users,
            TransactionTemplate transaction,
            BulkInsert bulk,
            AuditLog audit,
            Clock clock,
            JdbcClient jdbc,
            @Value("${clientela.import.first-load-min-rows:50000}") long firstLoadMinRows) {
        this.writer = writer;
        this.duplicates = duplicates;
        this.rules = rules;
        this.campaigns = campaigns;
        this.users = users;
        this.transaction = transaction;
        this.bulk = bulk;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.firstLoadMinRows = firstLoadMinRows;
    }

    @Override
    public ProspectImportResult importCsv(Path file, ImportProgress progress) {
        long start = System.nanoTime();
        Set<String> active = users.activeUsernames();
        long rows = check(file, progress, active);
        long checked = System.nanoTime();
        ProspectImportResult result = transaction.execute(status -> {
            bulk.preferIndexesInThisTransaction();
            return write(file, progress, active, firstLoad(rows));
        });
        if (result.created() + result.updated() > 0) {
            // a file that changed nothing (imported again) leaves the statistics as true as they were
            bulk.refreshStatistics("sales_prospect", "sales_prospect_contact", "sales_prospect_search_term");
        }
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

    /**
     * A file of at least {@code clientela.import.first-load-min-rows} rows into a business without
     * prospects (on PostgreSQL; elsewhere nothing changes) is written without the prospects'
     * secondary indexes, the search terms' key and index, and the foreign keys of the search terms
     * and contacts, all built once at the end, as a restore does: about nineteen search terms a
     * prospect land in random places of two indexes, and the check of each term's foreign key, row
     * by row, cost more than writing the rows (figures in docs/benchmarks.md). Its duplicate check
     * among prospects is then made once at the end over the whole table ({@link
     * ProspectImportDuplicates#earlierProspects}), since no index helps a chunk find the ones
     * before it. Only when the prospect table is still empty once locked, so every row of the file
     * is new and nothing is looked up by a dropped key before the end.
     */
    private FirstLoad firstLoad(long rows) {
        if (rows < firstLoadMinRows || hasProspects()) {
            return null;
        }
        BulkInsert.DeferredIndexes prospects = bulk.deferIndexes("sales_prospect");
        if (!prospects.tableLocked()) {
            return null;
        }
        if (hasProspects()) {
            prospects.restore();
            return null;
        }
        return new FirstLoad(List.of(
                prospects,
                bulk.deferIndexes("sales_prospect_search_term"),
                bulk.deferKeys("sales_prospect_search_term"),
                bulk.deferForeignKeys("sales_prospect_search_term"),
                bulk.deferIndexes("sales_prospect_contact"),
                bulk.deferForeignKeys("sales_prospect_contact")));
    }

    private boolean hasProspects() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sales_prospect)")
                .query(Boolean.class)
                .single();
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

    /** Pass 2, inside one transaction; {@code firstLoad} is null when the file is not one. */
    private ProspectImportResult write(Path file, ImportProgress progress, Set<String> active, FirstLoad firstLoad) {
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
                    writeChunk(chunk, run, warnings, firstLoad);
                    chunk.clear();
                    progress.advanced(Phase.WRITING, rows);
                }
            }
            writeChunk(chunk, run, warnings, firstLoad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (firstLoad != null) {
            progress.advanced(Phase.FINISHING, rows);
            bulk.planFreelyInThisTransaction();
            firstLoad.deferred.forEach(BulkInsert.DeferredIndexes::restore);
            firstLoad.duplicates(duplicates, warnings);
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

    private void writeChunk(List<Parsed> chunk, ProspectImportWriter.Run run, Warnings warnings, FirstLoad firstLoad) {
        if (chunk.isEmpty()) {
            return;
        }
        if (firstLoad != null) {
            firstLoad.wrote(writer.writeNew(chunk, run));
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

    /**
     * A first load under way: what it deferred, and the line, external id and keys of each prospect
     * it wrote, by id, to look for duplicates once every row is written: among the customers in one
     * question for the whole file, then among the prospects in one query over the table (a row found
     * to be a customer is not also warned of as an earlier prospect, as in {@link
     * ProspectImportDuplicates#of}). The ids of a load grow with its lines (each chunk takes its ids
     * from the sequence in the order of its rows), so a line is found by a binary search.
     */
    private static final class FirstLoad {
        final List<BulkInsert.DeferredIndexes> deferred;
        long[] ids = new long[CHUNK];
        long[] lines = new long[CHUNK];
        final List<String> externalIds = new ArrayList<>();
        final List<CustomerMatches.Keys> keys = new ArrayList<>();
        int size;

        FirstLoad(List<BulkInsert.DeferredIndexes> deferred) {
            this.deferred = deferred;
        }

        void wrote(List<Written> written) {
            if (size + written.size() > ids.length) {
                int capacity = Math.max(ids.length * 2, size + written.size());
                ids = java.util.Arrays.copyOf(ids, capacity);
                lines = java.util.Arrays.copyOf(lines, capacity);
            }
            for (Written w : written) {
                ids[size] = w.prospect().id();
                lines[size] = w.row().line();
                externalIds.add(w.row().externalId());
                keys.add(ProspectImportDuplicates.keysOf(w.prospect()));
                size++;
            }
        }

        /**
         * Adds to {@code warnings} the rows that may be a customer, then those that may be a prospect
         * written before them, each in line order.
         */
        void duplicates(ProspectImportDuplicates duplicates, Warnings warnings) {
            if (size == 0) {
                return;
            }
            List<DuplicateOf> asCustomers = duplicates.customersOf(keys);
            java.util.BitSet customers = new java.util.BitSet(size);
            for (int i = 0; i < size; i++) {
                if (asCustomers.get(i) != null) {
                    customers.set(i);
                    warnings.add(new DuplicateWarning(lines[i], externalIds.get(i), asCustomers.get(i)));
                }
            }
            List<DuplicateWarning> found = new ArrayList<>();
            for (ProspectImportDuplicates.EarlierProspect earlier : duplicates.earlierProspects(ids[0])) {
                int at = java.util.Arrays.binarySearch(ids, 0, size, earlier.id());
                if (at >= 0 && !customers.get(at)) {
                    found.add(new DuplicateWarning(lines[at], earlier.externalId(), earlier.duplicateOf()));
                }
            }
            warnings.addAll(found);
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

        /** Warnings found after the others, merged in among them by line. */
        void addAll(List<DuplicateWarning> more) {
            count += more.size();
            shown.addAll(more.subList(0, Math.min(more.size(), ProspectImportResult.WARNINGS_SHOWN)));
            shown.sort(java.util.Comparator.comparingLong(DuplicateWarning::line));
            if (shown.size() > ProspectImportResult.WARNINGS_SHOWN) {
                shown.subList(ProspectImportResult.WARNINGS_SHOWN, shown.size()).clear();
            }
        }
    }
}
