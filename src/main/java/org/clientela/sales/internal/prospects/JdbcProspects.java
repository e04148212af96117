package org.clientela.sales.internal.prospects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.Slice;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospects in {@code sales_prospect}, with the keys duplicate checks compare (tax id key, e-mail
 * key, phone digits), the sort name and the search terms written beside what was typed. The
 * first-step columns belong to the activity log and are never written here.
 *
 * <p>Long because it is the SQL of one interface, {@link Prospects}: every write fills the same
 * derived columns (the duplicate keys, the sort name, the search terms) beside what was typed, and
 * the reads share one row mapper.
 */
@Component
class JdbcProspects implements Prospects {

    private static final String COLUMNS = "p.id, p.external_id, p.name, p.tax_id, p.sector_code, p.employees,"
            + " p.size_band_code, p.phone, p.email, p.web, p.address, p.city, p.postal_code, p.source,"
            + " p.owner_username, p.campaign_id, p.notes, p.research_contact, p.research_business,"
            + " p.research_news, p.research_reason, p.first_call_at, p.first_conversation_at,"
            + " p.first_appointment_at, p.first_meeting_at, p.first_proposal_at, p.outcome, p.decided_at,"
            + " p.won_amount, p.lost_reason, p.customer_id, p.created_at, p.version";

    /** {@link ProspectCard#readyToCall()} as a condition on {@code sales_prospect p}. */
    static final String READY_TO_CALL = "p.outcome IS NULL AND (p.campaign_id IS NULL OR p.research_done = "
            + Research.TOTAL + " OR NOT EXISTS (SELECT 1 FROM sales_campaign c WHERE c.id = p.campaign_id"
            + " AND c.strategy = 'TOP_DOWN'))";

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;
    private final Clock clock;

    JdbcProspects(JdbcClient jdbc, PhoneNumbers phones, Clock clock) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Prospect add(Prospect prospect) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sales_prospect (external_id, name, sort_name, tax_id, tax_id_key, sector_code, employees,"
                        + " size_band_code, phone, phone_digits, email, email_key, web, address, city, postal_code,"
                        + " source, owner_username, campaign_id, notes, created_at, updated_at)"
                        + " VALUES (:externalId, :name, :sortName, :taxId, :taxIdKey, :sector, :employees, :band,"
                        + " :phone, :phoneDigits, :email, :emailKey, :web, :address, :city, :postalCode, :source,"
                        + " :owner, :campaignId, :notes, :now, :now)")
                .params(values(prospect))
                .param("externalId", prospect.externalId())
                .param("now", now)
                .update(key, "id");
        long id = key.getKey().longValue();
        writeContacts(id, prospect.contacts());
        writeTerms(id, prospect);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Prospect update(Prospect prospect) {
        int changed = jdbc.sql("UPDATE sales_prospect SET name = :name, sort_name = :sortName, tax_id = :taxId,"
                        + " tax_id_key = :taxIdKey, sector_code = :sector, employees = :employees,"
                        + " size_band_code = :band, phone = :phone, phone_digits = :phoneDigits, email = :email,"
                        + " email_key = :emailKey, web = :web, address = :address, city = :city,"
                        + " postal_code = :postalCode, source = :source, owner_username = :owner,"
                        + " campaign_id = :campaignId, notes = :notes, updated_at = :now, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .params(values(prospect))
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", prospect.id())
                .param("version", prospect.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Prospect " + prospect.id() + " changed since it was read");
        }
        writeContacts(prospect.id(), prospect.contacts());
        jdbc.sql("DELETE FROM sales_prospect_search_term WHERE prospect_id = :id")
                .param("id", prospect.id())
                .update();
        writeTerms(prospect.id(), prospect);
        return find(prospect.id()).orElseThrow();
    }

    @Override
    @Transactional
    public Prospect updateResearch(long id, long version, Research research) {
        int changed = jdbc.sql("UPDATE sales_prospect SET research_contact = :contact, research_business = :business,"
                        + " research_news = :news, research_reason = :reason, research_done = :done,"
                        + " updated_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                .param("contact", blankToNull(research.contact()))
                .param("business", blankToNull(research.business()))
                .param("news", blankToNull(research.news()))
                .param("reason", blankToNull(research.reason()))
                .param("done", research.done())
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Prospect " + id + " changed since it was read");
        }
        return find(id).orElseThrow();
    }

    private Map<String, Object> values(Prospect p) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", p.name());
        values.put("sortName", ProspectKeys.sortName(p.name()));
        values.put("taxId", p.taxId());
        values.put("taxIdKey", TaxIds.key(p.taxId()));
        values.put("sector", p.sectorCode());
        values.put("employees", p.employees());
        values.put("band", p.sizeBandCode());
        values.put("phone", p.phone());
        values.put("phoneDigits", cut(phones.nationalDigits(p.phone()), 20));
        values.put("email", p.email());
        values.put("emailKey", ProspectKeys.emailKey(p.email()));
        values.put("web", p.web());
        values.put("address", p.address());
        values.put("city", p.city());
        values.put("postalCode", p.postalCode());
        values.put("source", p.source().name());
        values.put("owner", p.owner());
        values.put("campaignId", p.campaignId());
        values.put("notes", p.notes());
        return values;
    }

    /**
     * Writes the prospect's people in their order: one given with the id of a person this prospect
     * has keeps that row (the same person, and their consents elsewhere), any other is inserted as
     * new, so that nobody can take another prospect's person; the people no longer listed are
     * deleted.
     */
    private void writeContacts(long id, List<ProspectContact> people) {
        Set<Long> known =
                new java.util.HashSet<>(jdbc.sql("SELECT id FROM sales_prospect_contact WHERE prospect_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .list());
        int position = 0;
        for (ProspectContact c : people) {
            boolean same = c.id() != null && known.remove(c.id());
            jdbc.sql(
                            same
                                    ? "UPDATE sales_prospect_contact SET position = :position, name = :name, job_title = :title,"
                                            + " decision_level = :level, email = :email, phone = :phone WHERE id = :contact"
                                    : "INSERT INTO sales_prospect_contact (prospect_id, position, name, job_title,"
                                            + " decision_level, email, phone)"
                                            + " VALUES (:id, :position, :name, :title, :level, :email, :phone)")
                    .param("id", id)
                    .param("contact", c.id())
                    .param("position", position++)
                    .param("name", c.name())
                    .param("title", c.jobTitle())
                    .param("level", c.decisionLevel())
                    .param("email", c.email())
                    .param("phone", c.phone())
                    .update();
        }
        if (!known.isEmpty()) {
            jdbc.sql("DELETE FROM sales_prospect_contact WHERE id IN (:gone)")
                    .param("gone", known)
                    .update();
        }
    }

    private void writeTerms(long id, Prospect prospect) {
        Set<String> terms = ProspectSearchTerms.of(prospect, phones.nationalDigits(prospect.phone()));
        for (String term : terms) {
            jdbc.sql("INSERT INTO sales_prospect_search_term (term, prospect_id) VALUES (:term, :id)")
                    .param("term", term)
                    .param("id", id)
                    .update();
        }
    }

    @Override
    public Optional<Prospect> find(long id) {
        Optional<Prospect> bare = jdbc.sql("SELECT " + COLUMNS + " FROM sales_prospect p WHERE p.id = :id")
                .param("id", id)
                .query((rs, n) -> read(rs, List.of()))
                .optional();
        return bare.map(p -> p.withContacts(contactsOf(id)));
    }

    private List<ProspectContact> contactsOf(long id) {
        return jdbc.sql("SELECT id, name, job_title, decision_level, email, phone FROM sales_prospect_contact"
                        + " WHERE prospect_id = :id ORDER BY position, id")
                .param("id", id)
                .query((rs, n) -> new ProspectContact(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Override
    public Slice<Prospect> search(ProspectQuery query) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM sales_prospect p" + where(query, params)
                + " ORDER BY " + query.sort().sql(query.direction())
                + " LIMIT " + (query.size() + 1) + " OFFSET " + ((long) query.page() * query.size());
        List<Prospect> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> read(rs, List.of()))
                .list();
        return Slice.of(rows, query.page(), query.size());
    }

    /**
     * The WHERE clause (empty when nothing is asked) of the prospects {@code query} finds, over
     * {@code sales_prospect p}, with its values put in {@code params}: the list and its export share it.
     */
    static String where(ProspectQuery query, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        // A prospect won into a customer who is blocked now is listed, counted and exported nowhere.
        where.add(BlockedCustomers.visible("p.customer_id"));
        String[] words = ProspectSearchTerms.queryWords(query.text());
        for (int i = 0; i < words.length; i++) {
            String upper = ProspectSearchTerms.upperBound(words[i]);
            where.add("EXISTS (SELECT 1 FROM sales_prospect_search_term t WHERE t.prospect_id = p.id"
                    + " AND t.term >= :w" + i + (upper == null ? "" : " AND t.term < :u" + i) + ")");
            params.put("w" + i, words[i]);
            if (upper != null) {
                params.put("u" + i, upper);
            }
        }
        if (query.owner() != null && !query.owner().isBlank()) {
            where.add("p.owner_username = :owner");
            params.put("owner", query.owner());
        }
        if (query.campaignId() != null) {
            where.add("p.campaign_id = :campaignId");
            params.put("campaignId", query.campaignId());
        }
        if (query.stage() != null) {
            where.add(StageSql.standsAt(query.stage()));
        }
        if (query.ready()) {
            where.add(READY_TO_CALL);
        }
        if (query.reached() != null) {
            where.add(StageSql.reached(query.reached()));
            String moment = StageSql.momentOf(query.reached());
            if (moment != null && query.from() != null) {
                where.add(moment + " >= :from");
                params.put("from", Timestamp.from(query.from()));
            }
            if (moment != null && query.to() != null) {
                where.add(moment + " < :to");
                params.put("to", Timestamp.from(query.to()));
            }
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    @Override
    public long countReady(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_prospect p WHERE " + READY_TO_CALL
                        + (owner == null ? "" : " AND p.owner_username = :owner"))
                .params(owner == null ? Map.of() : Map.of("owner", owner))
                .query(Long.class)
                .single();
    }

    @Override
    public List<Prospect> matching(String taxIdKey, String emailKey, String phoneDigits, Long exceptId) {
        Map<Long, Prospect> found = new java.util.LinkedHashMap<>();
        // One indexed query per key, rather than one with OR, which H2 answers by reading every row.
        match(found, "tax_id_key", taxIdKey, exceptId);
        match(found, "email_key", emailKey, exceptId);
        if (phoneDigits != null && phoneDigits.length() >= 6) {
            match(found, "phone_digits", phoneDigits, exceptId);
        }
        return found.values().stream()
                .sorted(java.util.Comparator.comparingLong(Prospect::id))
                .collect(Collectors.toList());
    }

    private void match(Map<Long, Prospect> found, String column, String value, Long exceptId) {
        if (value == null) {
            return;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM sales_prospect p WHERE p." + column + " = :value AND p.id <> :except"
                        + " ORDER BY p.id LIMIT 10")
                .param("value", value)
                .param("except", exceptId == null ? -1L : exceptId)
                .query((rs, n) -> read(rs, List.of()))
                .list()
                .forEach(p -> found.putIfAbsent(p.id(), p));
    }

    private static Prospect read(ResultSet rs, List<ProspectContact> contacts) throws SQLException {
        return new Prospect(
                rs.getLong("id"),
                rs.getString("external_id"),
                rs.getString("name"),
                rs.getString("tax_id"),
                rs.getString("sector_code"),
                (Integer) rs.getObject("employees", Integer.class),
                rs.getString("size_band_code"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("web"),
                rs.getString("address"),
                rs.getString("city"),
                rs.getString("postal_code"),
                ProspectSource.valueOf(rs.getString("source")),
                rs.getString("owner_username"),
                (Long) rs.getObject("campaign_id", Long.class),
                rs.getString("notes"),
                new Research(
                        rs.getString("research_contact"),
                        rs.getString("research_business"),
                        rs.getString("research_news"),
                        rs.getString("research_reason")),
                contacts,
                new Prospect.Steps(
                        instant(rs, "first_call_at"),
                        instant(rs, "first_conversation_at"),
                        instant(rs, "first_appointment_at"),
                        instant(rs, "first_meeting_at"),
                        instant(rs, "first_proposal_at"),
                        rs.getString("outcome"),
                        instant(rs, "decided_at"),
                        rs.getBigDecimal("won_amount"),
                        rs.getString("lost_reason")),
                (Long) rs.getObject("customer_id", Long.class),
                instant(rs, "created_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
