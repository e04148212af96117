package org.clientela.customers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.clientela.customers.CustomerImporter;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.CsvInput;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.RowErrors;
import org.clientela.platform.TextFolding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer import in two passes over the spooled file: first every row is checked (nothing is
 * written while any row is bad), then all rows are written in one transaction, in chunks of
 * {@link #CHUNK} with batched statements. The customer number is the key: an existing customer
 * is updated only where the file says something different, so re-importing changes nothing.
 */
@Service
class CustomerCsvImport implements CustomerImporter {

    static final String[] REQUIRED = {"customer_number", "name", "kind", "email", "phone"};
    private static final int CHUNK = 1000;
    private static final List<String> CUSTOMER_COLUMNS = List.of("customer_number", "kind", "name", "tax_id", "email",
            "phone", "phone_digits", "address", "city", "postal_code", "owner_username", "lifecycle_status",
            "sort_name", "created_at", "updated_at", "version");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*");
    private static final Map<String, CustomerKind> KINDS = Map.of("company", CustomerKind.COMPANY, "empresa",
            CustomerKind.COMPANY, "person", CustomerKind.PERSON, "persona", CustomerKind.PERSON, "particular",
            CustomerKind.PERSON);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CustomerCsvImport.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final SearchIndex index;
    private final BulkInsert bulk;
    private final PhoneNumbers phones;
    private final AuditLog audit;
    private final Clock clock;

    CustomerCsvImport(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, SearchIndex index,
            BulkInsert bulk, PhoneNumbers phones, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.index = index;
        this.bulk = bulk;
        this.phones = phones;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ImportResult importCsv(Path csvFile, ImportProgress progress) {
        long start = System.nanoTime();
        long rows = check(csvFile, progress);
        long checked = System.nanoTime();
        ImportResult result = transaction.execute(status -> {
            bulk.preferIndexesInThisTransaction();
            return write(csvFile, progress);
        });
        bulk.refreshStatistics("customer", "customer_tag", "customer_search_term");
        progress.advanced(Phase.WRITING, rows);
        log.info("Customer import: {} rows checked in {} ms, written in {} ms: {}", rows, (checked - start) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000, result);
        return result;
    }

    /** Pass 1: every row valid, no customer number twice. Returns the number of rows. */
    private long check(Path file, ImportProgress progress) {
        RowErrors errors = new RowErrors();
        Map<String, Long> seen = new HashMap<>();
        long rows = 0;
        try (CsvInput csv = CsvInput.open(file, REQUIRED)) {
            Columns columns = new Columns(csv);
            for (CsvInput.Row row : csv) {
                Parsed parsed = parse(row, columns, errors);
                if (parsed != null) {
                    Long earlier = seen.putIfAbsent(parsed.number(), row.line());
                    if (earlier != null) {
                        errors.add(row.line(), "customer_number", "csv.duplicate", "customer_number",
                                parsed.number(), String.valueOf(earlier));
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
    private ImportResult write(Path file, ImportProgress progress) {
        long rows = 0;
        long[] counts = new long[3];
        Instant now = clock.instant();
        try (CsvInput csv = CsvInput.open(file, REQUIRED)) {
            Columns columns = new Columns(csv);
            List<Parsed> chunk = new ArrayList<>(CHUNK);
            RowErrors ignored = new RowErrors();
            for (CsvInput.Row row : csv) {
                chunk.add(parse(row, columns, ignored));
                rows++;
                if (chunk.size() == CHUNK) {
                    writeChunk(chunk, columns, now, counts);
                    chunk.clear();
                    progress.advanced(Phase.WRITING, rows);
                }
            }
            writeChunk(chunk, columns, now, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = new ImportResult(rows, counts[0], counts[1], counts[2]);
        audit.record("CUSTOMERS_IMPORTED", "customer", null, "Import of " + file.getFileName() + ": " + rows
                + " rows, " + result.created() + " created, " + result.updated() + " updated, " + result.unchanged()
                + " unchanged", null, result);
        return result;
    }

    private void writeChunk(List<Parsed> chunk, Columns columns, Instant now, long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Existing> existing = existing(chunk.stream().map(Parsed::number).toList());
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
            updates.add(new Object[] {merged.kind().name(), merged.name(), merged.taxId(), merged.email(),
                    merged.phone(), phones.nationalDigits(merged.phone()), merged.address(), merged.city(),
                    merged.postalCode(), merged.owner(), merged.status().name(), TextFolding.fold(merged.name()),
                    Timestamp.from(now), current.id()});
            updated.add(merged);
        }
        Timestamp at = Timestamp.from(now);
        bulk.insert("customer", CUSTOMER_COLUMNS, created.stream().map(p -> new Object[] {p.number(), p.kind().name(),
                p.name(), p.taxId(), p.email(), p.phone(), phones.nationalDigits(p.phone()), p.address(), p.city(),
                p.postalCode(), p.owner(), p.status().name(), TextFolding.fold(p.name()), at, at, 0}).toList());
        template.batchUpdate("""
                UPDATE customer SET kind = ?, name = ?, tax_id = ?, email = ?, phone = ?, phone_digits = ?, address = ?,
                       city = ?, postal_code = ?, owner_username = ?, lifecycle_status = ?, sort_name = ?,
                       updated_at = ?, version = version + 1
                 WHERE id = ?""", updates);
        counts[0] += created.size();
        counts[1] += updated.size();

        List<Parsed> written = new ArrayList<>(created);
        written.addAll(updated);
        if (written.isEmpty()) {
            return;
        }
        Map<String, Existing> ids = created.isEmpty() ? Map.of()
                : existing(created.stream().map(Parsed::number).toList());
        Map<String, Long> idByNumber = new HashMap<>();
        ids.forEach((number, e) -> idByNumber.put(number, e.id()));
        existing.forEach((number, e) -> idByNumber.putIfAbsent(number, e.id()));
        if (columns.tags.isPresent()) {
            List<Object[]> ids1 = written.stream().map(p -> new Object[] {idByNumber.get(p.number())}).toList();
            template.batchUpdate("DELETE FROM customer_tag WHERE customer_id = ?", ids1);
            template.batchUpdate("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)", written.stream()
                    .flatMap(p -> p.tags().stream().map(t -> new Object[] {idByNumber.get(p.number()), t}))
                    .toList());
        }
        index.index(created.stream().map(p -> p.searchable(idByNumber.get(p.number()), List.of(), phones)).toList());
        if (!updated.isEmpty()) {
            Map<Long, List<Contact>> contacts = contactsOf(updated.stream().map(p -> idByNumber.get(p.number())).toList());
            index.reindex(updated.stream().map(p -> p.searchable(idByNumber.get(p.number()),
                    contacts.getOrDefault(idByNumber.get(p.number()), List.of()), phones)).toList());
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
                .query((rs, n) -> new Existing(rs.getLong("id"), new Parsed(rs.getString("customer_number"),
                        rs.getString("name"), CustomerKind.valueOf(rs.getString("kind")), rs.getString("email"),
                        rs.getString("phone"), rs.getString("tax_id"), rs.getString("address"),
                        rs.getString("postal_code"), rs.getString("city"), rs.getString("owner_username"),
                        LifecycleStatus.valueOf(rs.getString("lifecycle_status")), List.of())))
                .list()
                .forEach(e -> result.put(e.values().number(), e));
        if (!result.isEmpty()) {
            Map<Long, List<String>> tags = new HashMap<>();
            jdbc.sql("SELECT customer_id, tag FROM customer_tag WHERE customer_id IN (:ids) ORDER BY tag")
                    .param("ids", result.values().stream().map(Existing::id).toList())
                    .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
            result.replaceAll((number, e) -> new Existing(e.id(), e.values().withTags(tags.getOrDefault(e.id(),
                    List.of()))));
        }
        return result;
    }

    private Parsed parse(CsvInput.Row row, Columns c, RowErrors errors) {
        long line = row.line();
        String number = text(row, line, "customer_number", row.get(c.number), 40, true, errors);
        if (number != null && !NUMBER.matcher(number).matches()) {
            errors.add(line, "customer_number", "customer.number.pattern");
            number = null;
        }
        String name = text(row, line, "name", row.get(c.name), 200, true, errors);
        CustomerKind kind = null;
        String kindText = row.get(c.kind);
        if (kindText.isEmpty()) {
            errors.add(line, "kind", "csv.required", "kind");
        } else {
            kind = KINDS.get(TextFolding.fold(kindText));
            if (kind == null) {
                errors.add(line, "kind", "csv.notOneOf", "kind", kindText, "COMPANY, PERSON");
            }
        }
        String email = text(row, line, "email", row.get(c.email), 320, false, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(line, "email", "import.customer.email", email);
            email = null;
        }
        String phone = text(row, line, "phone", row.get(c.phone), 40, false, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(line, "phone", "customer.phone.pattern");
            phone = null;
        }
        LifecycleStatus status = LifecycleStatus.CUSTOMER;
        String statusText = row.get(c.status);
        if (!statusText.isEmpty()) {
            try {
                status = LifecycleStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(line, "status", "csv.notOneOf", "status", statusText,
                        Arrays.toString(LifecycleStatus.values()));
            }
        }
        List<String> tags = Arrays.stream(row.get(c.tags).split("[|,]")).map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.length() > 50 ? t.substring(0, 50) : t).distinct().sorted()
                .toList();
        Parsed parsed = new Parsed(number, name, kind, email, phone,
                text(row, line, "tax_id", row.get(c.taxId), 40, false, errors),
                text(row, line, "address", row.get(c.address), 300, false, errors),
                text(row, line, "postal_code", row.get(c.postalCode), 20, false, errors),
                text(row, line, "city", row.get(c.city), 100, false, errors),
                text(row, line, "owner", row.get(c.owner), 64, false, errors), status, tags);
        return number == null || name == null || kind == null ? null : parsed;
    }

    private static String text(CsvInput.Row row, long line, String column, String value, int max, boolean required,
            RowErrors errors) {
        if (value.isEmpty()) {
            if (required) {
                errors.add(line, column, "csv.required", column);
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(line, column, "csv.tooLong", column, max);
            return null;
        }
        return value;
    }

    /** Column positions of this file. */
    private static final class Columns {
        final int number;
        final int name;
        final int kind;
        final int email;
        final int phone;
        final Optional<Integer> taxId;
        final Optional<Integer> address;
        final Optional<Integer> postalCode;
        final Optional<Integer> city;
        final Optional<Integer> owner;
        final Optional<Integer> status;
        final Optional<Integer> tags;

        Columns(CsvInput csv) {
            number = csv.required("customer_number");
            name = csv.required("name");
            kind = csv.required("kind");
            email = csv.required("email");
            phone = csv.required("phone");
            taxId = csv.column("tax_id");
            address = csv.column("address");
            postalCode = csv.column("postal_code");
            city = csv.column("city");
            owner = csv.column("owner");
            status = csv.column("status");
            tags = csv.column("tags");
        }
    }

    private record Existing(long id, Parsed values) {
    }

    /** One customer as a row says it. */
    private record Parsed(String number, String name, CustomerKind kind, String email, String phone, String taxId,
            String address, String postalCode, String city, String owner, LifecycleStatus status, List<String> tags) {

        /** This row's values, with the stored ones where the file has no such column. */
        Parsed over(Parsed stored, Columns columns) {
            return new Parsed(number, name, kind, email, phone,
                    columns.taxId.isPresent() ? taxId : stored.taxId,
                    columns.address.isPresent() ? address : stored.address,
                    columns.postalCode.isPresent() ? postalCode : stored.postalCode,
                    columns.city.isPresent() ? city : stored.city,
                    columns.owner.isPresent() ? owner : stored.owner,
                    columns.status.isPresent() ? status : stored.status,
                    columns.tags.isPresent() ? tags : stored.tags);
        }

        Parsed withTags(List<String> newTags) {
            return new Parsed(number, name, kind, email, phone, taxId, address, postalCode, city, owner, status,
                    newTags);
        }

        Customer searchable(Long id, List<Contact> contacts, PhoneNumbers phones) {
            Customer customer = Customer.create(number, new CustomerDetails(kind, name, taxId, email, phone, address,
                    city, postalCode, owner, status, null, tags, contacts), Instant.EPOCH, phones);
            customer.assignId(Objects.requireNonNull(id));
            return customer;
        }
    }
}
