package org.clientela.customers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerImporter;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.CustomerRows.Parsed;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.CsvInput;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.RowErrors;
import org.clientela.platform.TextFolding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customer import in two passes over the spooled file: first every row is checked (nothing is
 * written while any row is bad), then all rows are written in one transaction, in chunks of
 * {@link #CHUNK} with batched statements. The customer number is the key: an existing customer
 * is updated only where the file says something different, so re-importing changes nothing.
 *
 * <p>Long because checking and writing share the column map, the chunking and the first-load
 * decision, and cut apart each half would need them handed over; {@link TwoPassImport} already
 * carries the passes themselves.
 */
@Service
class CustomerCsvImport implements CustomerImporter {

    private static final int CHUNK = 1000;
    private static final List<String> CUSTOMER_COLUMNS = List.of(
            "customer_number",
            "kind",
            "name",
            "tax_id",
            "email",
            "phone",
            "phone_digits",
            "address",
            "city",
            "postal_code",
            "owner_username",
            "lifecycle_status",
            "sort_name",
            "created_at",
            "updated_at",
            "version",
            "email_key",
            "tax_key");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TwoPassImport passes;
    private final SearchIndex index;
    private final BulkInsert bulk;
    private final PhoneNumbers phones;
    private final AuditLog audit;
    private final Clock clock;
    private final long firstLoadMinRows;

    CustomerCsvImport(
            JdbcClient jdbc,
            JdbcTemplate template,
            TwoPassImport passes,
            SearchIndex index,
            BulkInsert bulk,
            PhoneNumbers phones,
            AuditLog audit,
            Clock clock,
            @Value("${clientela.import.first-load-min-rows:50000}") long firstLoadMinRows) {
        this.firstLoadMinRows = firstLoadMinRows;
        this.jdbc = jdbc;
        this.template = template;
        this.passes = passes;
        this.index = index;
        this.bulk = bulk;
        this.phones = phones;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ImportResult importCsv(Path csvFile, ImportProgress progress) {
        return passes.run(
                "Customer",
                csvFile,
                progress,
                this::check,
                this::write,
                "customer",
                "customer_tag",
                "customer_search_term");
    }

    /** Pass 1: every row valid, no customer number twice. Returns the number of rows. */
    private long check(Path file, ImportProgress progress) {
        RowErrors errors = new RowErrors();
        Map<String, Long> seen = new HashMap<>();
        long rows = 0;
        try (CsvInput csv = CsvInput.open(file, CustomerRows.REQUIRED)) {
            CustomerRows customerRows = new CustomerRows(csv);
            for (CsvInput.Row row : csv) {
                Parsed parsed = customerRows.parse(row, errors);
                if (parsed != null) {
                    Long earlier = seen.putIfAbsent(parsed.number(), row.line());
                    if (earlier != null) {
                        errors.add(
                                row.line(),
                                "customer_number",
                                "csv.duplicate",
                                "customer_number",
                                parsed.number(),
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
    private ImportResult write(Path file, long fileRows, ImportProgress progress) {
        List<BulkInsert.DeferredIndexes> deferred = firstLoad(fileRows);
        long rows = 0;
        long[] counts = new long[3];
        Instant now = clock.instant();
        try (CsvInput csv = CsvInput.open(file, CustomerRows.REQUIRED)) {
            CustomerRows customerRows = new CustomerRows(csv);
            List<Parsed> chunk = new ArrayList<>(CHUNK);
            RowErrors ignored = new RowErrors();
            for (CsvInput.Row row : csv) {
                chunk.add(customerRows.parse(row, ignored));
                rows++;
                if (chunk.size() == CHUNK) {
                    writeChunk(chunk, customerRows, now, counts);
                    chunk.clear();
                    progress.advanced(Phase.WRITING, rows);
                }
            }
            writeChunk(chunk, customerRows, now, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (deferred.stream().anyMatch(BulkInsert.DeferredIndexes::tableLocked)) {
            progress.advanced(Phase.FINISHING, rows);
        }
        deferred.forEach(BulkInsert.DeferredIndexes::restore);
        ImportResult result = new ImportResult(rows, counts[0], counts[1], counts[2]);
        audit.record(
                "CUSTOMERS_IMPORTED",
                "customer",
                null,
                "Import of " + file.getFileName() + ": " + rows
                        + " rows, " + result.created() + " created, " + result.updated() + " updated, "
                        + result.unchanged()
                        + " unchanged",
                null,
                result,
                file.getFileName().toString(),
                rows,
                result.created(),
                result.updated(),
                result.unchanged());
        return result;
    }

    /**
     * A file of at least {@code clientela.import.first-load-min-rows} rows into a business without
     * customers (its first load) has the customers' secondary indexes and the search terms' key and
     * index built once at the end instead of row by row, as the order import does for a first load
     * of orders (on PostgreSQL; elsewhere nothing changes). The search terms, about sixteen a
     * customer, land in random places of their two indexes, and every checkpoint made each touched
     * page go into the WAL again (figures in docs/benchmarks.md; dropping the terms' foreign key as
     * well gained nothing). The customers' key and number stay: the import looks customers up by
     * number and the other tables refer to them. Only when the customer table is still empty once locked, so that every row of
     * the file is new and no search term is looked up before the end.
     */
    private List<BulkInsert.DeferredIndexes> firstLoad(long rows) {
        if (rows < firstLoadMinRows || hasCustomers()) {
            return List.of();
        }
        BulkInsert.DeferredIndexes customers = bulk.deferIndexes("customer");
        if (!customers.tableLocked() || hasCustomers()) {
            return List.of(customers);
        }
        return List.of(customers, bulk.deferIndexes("customer_search_term"), bulk.deferKeys("customer_search_term"));
    }

    private boolean hasCustomers() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM customer)")
                .query(Boolean.class)
                .single();
    }

    private void writeChunk(List<Parsed> chunk, CustomerRows columns, Instant now, long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Existing> existing =
                existing(chunk.stream().map(Parsed::number).toList());
        List<Parsed> created = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Parsed> updated = new ArrayList<>();
        for (Parsed row : chunk) {
            Existing current = existing.get(row.number());
            if (current == null) {
                created.add(row);
                continue;
            }
            Parsed merged = row.over(current.values(), columns);
            if (merged.equals(current.values())) {
                counts[2]++;
                continue;
            }
            updates.add(new Object[] {
                merged.kind().name(),
                merged.name(),
                merged.taxId(),
                merged.email(),
                merged.phone(),
                phones.nationalDigits(merged.phone()),
                merged.address(),
                merged.city(),
                merged.postalCode(),
                merged.owner(),
                merged.status().name(),
                TextFolding.fold(merged.name()),
                Timestamp.from(now),
                DuplicateKeys.email(merged.email()),
                DuplicateKeys.taxId(merged.taxId()),
                current.id()
            });
            updated.add(merged);
        }
        Timestamp at = Timestamp.from(now);
        bulk.insert(
                "customer",
                CUSTOMER_COLUMNS,
                created.stream()
                        .map(p -> new Object[] {
                            p.number(),
                            p.kind().name(),
                            p.name(),
                            p.taxId(),
                            p.email(),
                            p.phone(),
                            phones.nationalDigits(p.phone()),
                            p.address(),
                            p.city(),
                            p.postalCode(),
                            p.owner(),
                            p.status().name(),
                            TextFolding.fold(p.name()),
                            at,
                            at,
                            0,
                            DuplicateKeys.email(p.email()),
                            DuplicateKeys.taxId(p.taxId())
                        })
                        .toList());
        template.batchUpdate("""
                UPDATE customer SET kind = ?, name = ?, tax_id = ?, email = ?, phone = ?, phone_digits = ?, address = ?,
                       city = ?, postal_code = ?, owner_username = ?, lifecycle_status = ?, sort_name = ?,
                       updated_at = ?, email_key = ?, tax_key = ?, version = version + 1
                 WHERE id = ?""", updates);
        counts[0] += created.size();
        counts[1] += updated.size();

        List<Parsed> written = new ArrayList<>(created);
        written.addAll(updated);
        if (written.isEmpty()) {
            return;
        }
        Map<String, Existing> ids = created.isEmpty()
                ? Map.of()
                : existing(created.stream().map(Parsed::number).toList());
        Map<String, Long> idByNumber = new HashMap<>();
        ids.forEach((number, e) -> idByNumber.put(number, e.id()));
        existing.forEach((number, e) -> idByNumber.putIfAbsent(number, e.id()));
        if (columns.hasTags()) {
            List<Object[]> ids1 = written.stream()
                    .map(p -> new Object[] {idByNumber.get(p.number())})
                    .toList();
            template.batchUpdate("DELETE FROM customer_tag WHERE customer_id = ?", ids1);
            template.batchUpdate(
                    "INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)",
                    written.stream()
                            .flatMap(p -> p.tags().stream().map(t -> new Object[] {idByNumber.get(p.number()), t}))
                            .toList());
        }
        index.index(created.stream()
                .map(p -> p.searchable(idByNumber.get(p.number()), List.of(), phones))
                .toList());
        if (!updated.isEmpty()) {
            Map<Long, List<Contact>> contacts = contactsOf(
                    updated.stream().map(p -> idByNumber.get(p.number())).toList());
            index.reindex(updated.stream()
                    .map(p -> p.searchable(
                            idByNumber.get(p.number()),
                            contacts.getOrDefault(idByNumber.get(p.number()), List.of()),
                            phones))
                    .toList());
        }
    }

    /** Contacts are not in the file, but their names stay searchable when a customer is updated. */
    private Map<Long, List<Contact>> contactsOf(List<Long> ids) {
        Map<Long, List<Contact>> result = new HashMap<>();
        jdbc.sql("SELECT customer_id, name, email FROM contact WHERE customer_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Contact(rs.getString(2), null, null, rs.getString(3), null)))
                .list();
        return result;
    }

    private Map<String, Existing> existing(List<String> numbers) {
        Map<String, Existing> result = new HashMap<>();
        jdbc.sql("""
                SELECT id, customer_number, kind, name, tax_id, email, phone, address, city, postal_code,
                       owner_username, lifecycle_status
                  FROM customer WHERE customer_number IN (:numbers)""")
                .param("numbers", numbers)
                .query((rs, n) -> new Existing(
                        rs.getLong("id"),
                        new Parsed(
                                rs.getString("customer_number"),
                                rs.getString("name"),
                                CustomerKind.valueOf(rs.getString("kind")),
                                rs.getString("email"),
                                rs.getString("phone"),
                                rs.getString("tax_id"),
                                rs.getString("address"),
                                rs.getString("postal_code"),
                                rs.getString("city"),
                                rs.getString("owner_username"),
                                LifecycleStatus.valueOf(rs.getString("lifecycle_status")),
                                List.of())))
                .list()
                .forEach(e -> result.put(e.values().number(), e));
        if (!result.isEmpty()) {
            Map<Long, List<String>> tags = new HashMap<>();
            jdbc.sql("SELECT customer_id, tag FROM customer_tag WHERE customer_id IN (:ids) ORDER BY tag")
                    .param("ids", result.values().stream().map(Existing::id).toList())
                    .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2)))
                    .list();
            result.replaceAll((number, e) ->
                    new Existing(e.id(), e.values().withTags(tags.getOrDefault(e.id(), List.of()))));
        }
        return result;
    }

    private record Existing(long id, Parsed values) {}
}
