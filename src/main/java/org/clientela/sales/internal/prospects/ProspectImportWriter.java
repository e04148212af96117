package org.clientela.sales.internal.prospects;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.TextFolding;
import org.clientela.sales.internal.prospects.ProspectRows.Parsed;
import org.clientela.sales.internal.targeting.SizeBand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk of a checked prospects file inside the import's transaction: new external ids
 * inserted in bulk with their search terms and contact, known ones updated in a batch where the file
 * says something different, with the same keys, sort name, size band and search terms a prospect
 * saved from the form gets.
 *
 * <p>Long because new and known prospects of a chunk are written together, and both need the same
 * derived columns a prospect saved from the form gets; a third of it is the column list and the
 * values in that order.
 */
@Component
class ProspectImportWriter {

    private static final List<String> PROSPECT_COLUMNS = List.of(
            "external_id",
            "name",
            "sort_name",
            "tax_id",
            "tax_id_key",
            "sector_code",
            "employees",
            "size_band_code",
            "phone",
            "phone_digits",
            "email",
            "email_key",
            "web",
            "city",
            "source",
            "owner_username",
            "campaign_id",
            "created_at",
            "updated_at");
    private static final List<String> CONTACT_COLUMNS = List.of("prospect_id", "position", "name", "job_title");
    private static final List<String> TERM_COLUMNS = List.of("term", "prospect_id");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;
    private final PhoneNumbers phones;

    ProspectImportWriter(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk, PhoneNumbers phones) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
        this.phones = phones;
    }

    /** How one import goes: who imports, when, the size bands, and what was written so far. */
    static final class Run {
        final String importer;
        final Timestamp now;
        final List<SizeBand> bands;
        final ProspectRows columns;
        long created;
        long updated;
        long unchanged;

        Run(String importer, Timestamp now, List<SizeBand> bands, ProspectRows columns) {
            this.importer = importer;
            this.now = now;
            this.bands = bands;
            this.columns = columns;
        }
    }

    /** A prospect of the chunk as stored, with its id, and whether this import created it. */
    record Written(Parsed row, Prospect prospect, boolean created) {}

    /** Writes {@code chunk}; answers every row as stored, with its id, in the order of the chunk. */
    List<Written> write(List<Parsed> chunk, Run run) {
        return write(chunk, run, stored(chunk.stream().map(Parsed::externalId).toList()));
    }

    /**
     * Writes {@code chunk} of rows known to be new, as {@link #write(List, Run)} would, without asking
     * for stored prospects by their external ids: for a first load into an empty, locked table, whose
     * file was checked to hold each external id once.
     */
    List<Written> writeNew(List<Parsed> chunk, Run run) {
        return write(chunk, run, Map.of());
    }

    private List<Written> write(List<Parsed> chunk, Run run, Map<String, Stored> stored) {
        List<Prospect> created = new ArrayList<>();
        List<Written> result = new ArrayList<>(chunk.size());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> newContacts = new ArrayList<>();
        List<Object[]> newTitles = new ArrayList<>();
        List<Prospect> reindexed = new ArrayList<>();
        for (Parsed row : chunk) {
            Stored current = stored.get(row.externalId());
            if (current == null) {
                Prospect p = prospect(null, row, row.owner() == null ? run.importer : row.owner(), contactOf(row), run);
                created.add(p);
                result.add(new Written(row, p, true));
                continue;
            }
            Prospect merged = merged(current, row, run);
            List<ProspectContact> contacts = new ArrayList<>(current.contacts());
            boolean contactChanged = contactChange(current, row, contacts, newContacts, newTitles);
            merged = merged.withContacts(contacts);
            result.add(new Written(row, merged, false));
            if (!contactChanged && sameValues(merged, current.prospect())) {
                run.unchanged++;
                continue;
            }
            run.updated++;
            reindexed.add(merged);
            updates.add(new Object[] {
                merged.name(),
                ProspectKeys.sortName(merged.name()),
                merged.taxId(),
                TaxIds.key(merged.taxId()),
                merged.sectorCode(),
                merged.employees(),
                merged.sizeBandCode(),
                merged.phone(),
                digits(merged.phone()),
                merged.email(),
                ProspectKeys.emailKey(merged.email()),
                merged.web(),
                merged.city(),
                merged.owner(),
                merged.campaignId(),
                run.now,
                merged.id()
            });
        }
        template.batchUpdate("""
                UPDATE sales_prospect SET name = ?, sort_name = ?, tax_id = ?, tax_id_key = ?, sector_code = ?,
                       employees = ?, size_band_code = ?, phone = ?, phone_digits = ?, email = ?, email_key = ?,
                       web = ?, city = ?, owner_username = ?, campaign_id = ?, updated_at = ?, version = version + 1
                 WHERE id = ?""", updates);
        template.batchUpdate(
                "UPDATE sales_prospect_contact SET job_title = ? WHERE prospect_id = ? AND position = ?", newTitles);
        long[] ids = bulk.insertReturningIds(
                "sales_prospect",
                PROSPECT_COLUMNS,
                created.stream().map(p -> insertValues(p, run)).toList());
        Map<Prospect, Long> idOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            idOf.put(created.get(i), ids[i]);
            ProspectContact contact = created.get(i).contacts().isEmpty()
                    ? null
                    : created.get(i).contacts().get(0);
            if (contact != null) {
                newContacts.add(new Object[] {ids[i], 0, contact.name(), contact.jobTitle()});
            }
        }
        bulk.insert("sales_prospect_contact", CONTACT_COLUMNS, newContacts);
        if (!reindexed.isEmpty()) {
            template.batchUpdate(
                    "DELETE FROM sales_prospect_search_term WHERE prospect_id = ?",
                    reindexed.stream().map(p -> new Object[] {p.id()}).toList());
        }
        List<Object[]> terms = new ArrayList<>();
        for (Prospect p : created) {
            addTerms(terms, p, idOf.get(p));
        }
        for (Prospect p : reindexed) {
            addTerms(terms, p, p.id());
        }
        bulk.insert("sales_prospect_search_term", TERM_COLUMNS, terms);
        run.created += created.size();
        return result.stream()
                .map(w -> w.prospect().id() != null
                        ? w
                        : new Written(w.row(), w.prospect().withId(idOf.get(w.prospect())), true))
                .toList();
    }

    /**
     * A prospect's terms in order: written prospect by prospect in the order of their ids, the rows
     * then come in the order of the {@code (prospect_id, term)} index, whose build after a first load
     * finds them already sorted (PostgreSQL's sort checks for that) instead of sorting two million.
     */
    private void addTerms(List<Object[]> terms, Prospect p, long id) {
        String[] sorted =
                ProspectSearchTerms.of(p, phones.nationalDigits(p.phone())).toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        for (String term : sorted) {
            terms.add(new Object[] {term, id});
        }
    }

    private Object[] insertValues(Prospect p, Run run) {
        return new Object[] {
            p.externalId(),
            p.name(),
            ProspectKeys.sortName(p.name()),
            p.taxId(),
            TaxIds.key(p.taxId()),
            p.sectorCode(),
            p.employees(),
            p.sizeBandCode(),
            p.phone(),
            digits(p.phone()),
            p.email(),
            ProspectKeys.emailKey(p.email()),
            p.web(),
            p.city(),
            ProspectSource.LIST.name(),
            p.owner(),
            p.campaignId(),
            run.now,
            run.now
        };
    }

    /**
     * The row's contact among {@code contacts}: a new name is added, a known name given another title
     * gets it. Answers whether anything changed.
     */
    private static boolean contactChange(
            Stored current, Parsed row, List<ProspectContact> contacts, List<Object[]> added, List<Object[]> titled) {
        if (row.contactName() == null) {
            return false;
        }
        String folded = TextFolding.fold(row.contactName());
        for (int i = 0; i < contacts.size(); i++) {
            ProspectContact known = contacts.get(i);
            if (Objects.equals(TextFolding.fold(known.name()), folded)) {
                if (row.contactTitle() == null || row.contactTitle().equals(known.jobTitle())) {
                    return false;
                }
                contacts.set(
                        i,
                        new ProspectContact(
                                known.name(), row.contactTitle(), known.decisionLevel(), known.email(), known.phone()));
                titled.add(new Object[] {
                    row.contactTitle(),
                    current.prospect().id(),
                    current.positions().get(i)
                });
                return true;
            }
        }
        int position =
                current.positions().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        added.add(new Object[] {current.prospect().id(), position, row.contactName(), row.contactTitle()});
        contacts.add(contactOf(row).get(0));
        return true;
    }

    private Prospect merged(Stored current, Parsed row, Run run) {
        Prospect s = current.prospect();
        ProspectRows c = run.columns;
        Parsed over = new Parsed(
                row.line(),
                row.externalId(),
                row.name(),
                row.sectorCode(),
                row.employees(),
                row.phone(),
                row.email(),
                row.taxId(),
                row.campaignId(),
                row.contactName(),
                row.contactTitle(),
                row.owner(),
                c.has("web") ? row.web() : s.web(),
                c.has("city") ? row.city() : s.city());
        return prospect(null, over, row.owner() == null ? s.owner() : row.owner(), List.of(), run)
                .withId(s.id());
    }

    private static boolean sameValues(Prospect a, Prospect b) {
        return Objects.equals(a.name(), b.name())
                && Objects.equals(a.taxId(), b.taxId())
                && Objects.equals(a.sectorCode(), b.sectorCode())
                && Objects.equals(a.employees(), b.employees())
                && Objects.equals(a.sizeBandCode(), b.sizeBandCode())
                && Objects.equals(a.phone(), b.phone())
                && Objects.equals(a.email(), b.email())
                && Objects.equals(a.web(), b.web())
                && Objects.equals(a.city(), b.city())
                && Objects.equals(a.owner(), b.owner())
                && Objects.equals(a.campaignId(), b.campaignId());
    }

    private static List<ProspectContact> contactOf(Parsed row) {
        return row.contactName() == null
                ? List.of()
                : List.of(new ProspectContact(row.contactName(), row.contactTitle(), null, null, null));
    }

    private static Prospect prospect(Long id, Parsed r, String owner, List<ProspectContact> contacts, Run run) {
        String band = r.employees() == null
                ? null
                : run.bands.stream()
                        .filter(b -> b.holds(r.employees()))
                        .map(SizeBand::code)
                        .findFirst()
                        .orElse(null);
        return new Prospect(
                id,
                r.externalId(),
                r.name(),
                r.taxId(),
                r.sectorCode(),
                r.employees(),
                band,
                r.phone(),
                r.email(),
                r.web(),
                null,
                r.city(),
                null,
                ProspectSource.LIST,
                owner,
                r.campaignId(),
                null,
                null,
                contacts,
                null,
                null,
                null,
                0);
    }

    private String digits(String phone) {
        String digits = phones.nationalDigits(phone);
        return digits == null || digits.length() <= 20 ? digits : digits.substring(0, 20);
    }

    /** A stored prospect with its contacts and their positions. */
    private record Stored(Prospect prospect, List<ProspectContact> contacts, List<Integer> positions) {}

    private Map<String, Stored> stored(List<String> externalIds) {
        Map<String, Prospect> byExternal = new HashMap<>();
        jdbc.sql("""
                SELECT id, external_id, name, tax_id, sector_code, employees, size_band_code, phone, email, web, city,
                       owner_username, campaign_id
                  FROM sales_prospect WHERE external_id IN (:ids)""")
                .param("ids", externalIds)
                .query((rs, n) -> new Prospect(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Integer) rs.getObject(6, Integer.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        null,
                        rs.getString(11),
                        null,
                        ProspectSource.LIST,
                        rs.getString(12),
                        (Long) rs.getObject(13, Long.class),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        0))
                .list()
                .forEach(p -> byExternal.put(p.externalId(), p));
        Map<Long, List<Object[]>> contacts = new HashMap<>();
        if (!byExternal.isEmpty()) {
            jdbc.sql("""
                    SELECT prospect_id, position, name, job_title, decision_level, email, phone
                      FROM sales_prospect_contact WHERE prospect_id IN (:ids) ORDER BY prospect_id, position""")
                    .param("ids", byExternal.values().stream().map(Prospect::id).toList())
                    .query((rs, n) -> contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {
                                rs.getInt(2),
                                new ProspectContact(
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7))
                            }))
                    .list();
        }
        Map<String, Stored> result = new HashMap<>();
        byExternal.forEach((external, p) -> {
            List<Object[]> rows = contacts.getOrDefault(p.id(), List.of());
            List<ProspectContact> people =
                    rows.stream().map(r -> (ProspectContact) r[1]).toList();
            result.put(
                    external,
                    new Stored(
                            p.withContacts(people),
                            people,
                            rows.stream().map(r -> (Integer) r[0]).toList()));
        });
        return result;
    }
}
