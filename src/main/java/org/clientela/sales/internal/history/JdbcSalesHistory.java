package org.clientela.sales.internal.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.PhoneNumbers;
import org.clientela.sales.SalesHistory;
import org.clientela.sales.internal.activities.ActivityDays;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.prospects.ProspectKeys;
import org.clientela.sales.internal.prospects.ProspectSearchTerms;
import org.clientela.sales.internal.prospects.ProspectSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a sales history with the platform's bulk writer (PostgreSQL's {@code COPY}, a JDBC batch on
 * H2), a chunk of prospects at a time: the prospects with their computed columns, then their
 * contacts, search terms and steps under the ids the prospects were given.
 *
 * <p>Long because a third of it is the column lists of five tables, one name per line.
 */
@Service
class JdbcSalesHistory implements SalesHistory {

    /** Prospects per chunk: some tens of thousands of steps per write, a few megabytes in memory. */
    static final int CHUNK = 2_000;

    private static final List<String> CAMPAIGN_COLUMNS =
            List.of("name", "strategy", "status", "starts_on", "ends_on", "created_at");
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
            "address",
            "city",
            "postal_code",
            "source",
            "owner_username",
            "campaign_id",
            "research_contact",
            "research_business",
            "research_news",
            "research_reason",
            "research_done",
            "first_call_at",
            "first_conversation_at",
            "first_appointment_at",
            "first_meeting_at",
            "first_proposal_at",
            "outcome",
            "decided_at",
            "won_amount",
            "lost_reason",
            "customer_id",
            "created_at",
            "updated_at");
    private static final List<String> CONTACT_COLUMNS =
            List.of("prospect_id", "position", "name", "job_title", "decision_level", "email", "phone");
    private static final List<String> TERM_COLUMNS = List.of("term", "prospect_id");
    private static final List<String> ACTIVITY_COLUMNS = List.of(
            "prospect_id",
            "campaign_id",
            "seller_username",
            "kind",
            "at",
            "minutes",
            "amount",
            "appointment_at",
            "lost_reason",
            "note",
            "recorded_at",
            "recorded_by");

    private static final Logger log = LoggerFactory.getLogger(JdbcSalesHistory.class);

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final PhoneNumbers phones;
    private final ActivityDays days;

    JdbcSalesHistory(JdbcClient jdbc, BulkInsert bulk, PhoneNumbers phones, ActivityDays days) {
        this.phones = phones;
        this.days = days;
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    @Transactional
    public Loaded load(List<CampaignRecord> campaigns, Stream<ProspectRecord> prospects) {
        long started = System.nanoTime();
        Map<String, Long> campaignIds = campaigns(campaigns);
        Map<String, Long> campaignByKey = new HashMap<>(campaignIds);
        SizeBands bands = new SizeBands(jdbc);
        long[] written = new long[4];
        List<ProspectRecord> chunk = new ArrayList<>(CHUNK);
        // The steps' day sums of the whole load, added once at its end: a year of them is some
        // thousands of rows however many steps, and each row is added to what the day already had.
        Map<ActivityDays.Key, long[]> daySums = new HashMap<>();
        for (Iterator<ProspectRecord> each = prospects.iterator(); each.hasNext(); ) {
            chunk.add(each.next());
            if (chunk.size() == CHUNK || !each.hasNext()) {
                write(chunk, campaignByKey, bands, written, daySums);
                chunk.clear();
            }
        }
        days.addAll(daySums);
        log.info(
                "Sales history: {} campaigns, {} prospects, {} contacts, {} steps written in {} ms (search terms {} ms)",
                campaignIds.size(),
                written[0],
                written[1],
                written[2],
                (System.nanoTime() - started) / 1_000_000,
                written[3] / 1_000_000);
        return new Loaded(Map.copyOf(campaignIds), written[0], written[1], written[2]);
    }

    private Map<String, Long> campaigns(List<CampaignRecord> campaigns) {
        List<Object[]> rows = new ArrayList<>();
        for (CampaignRecord campaign : campaigns) {
            Strategy strategy = Strategy.valueOf(campaign.strategy().toUpperCase(Locale.ROOT));
            rows.add(new Object[] {
                campaign.name(),
                strategy.name(),
                campaign.status(),
                campaign.startsOn(),
                campaign.endsOn(),
                timestamp(campaign.createdAt() == null ? Instant.now() : campaign.createdAt())
            });
        }
        long[] ids = bulk.insertReturningIds("sales_campaign", CAMPAIGN_COLUMNS, rows);
        Map<String, Long> byKey = new HashMap<>();
        List<Object[]> sectors = new ArrayList<>();
        List<Object[]> bands = new ArrayList<>();
        List<Object[]> sellers = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            CampaignRecord campaign = campaigns.get(i);
            if (byKey.put(campaign.key(), ids[i]) != null) {
                throw new IllegalArgumentException("Two campaigns under the key " + campaign.key());
            }
            for (String sector : campaign.sectors()) {
                sectors.add(new Object[] {ids[i], sector});
            }
            for (String band : campaign.sizeBands()) {
                bands.add(new Object[] {ids[i], band});
            }
            for (String seller : campaign.sellers()) {
                sellers.add(new Object[] {ids[i], seller});
            }
        }
        bulk.insert("sales_campaign_sector", List.of("campaign_id", "sector_code"), sectors);
        bulk.insert("sales_campaign_size_band", List.of("campaign_id", "size_band_code"), bands);
        bulk.insert("sales_campaign_seller", List.of("campaign_id", "username"), sellers);
        return byKey;
    }

    private void write(
            List<ProspectRecord> chunk,
            Map<String, Long> campaigns,
            SizeBands bands,
            long[] written,
            Map<ActivityDays.Key, long[]> daySums) {
        List<Milestones> milestones = new ArrayList<>(chunk.size());
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (ProspectRecord prospect : chunk) {
            Long campaignId = campaignId(prospect, campaigns);
            Milestones reached = Milestones.of(prospect.activities());
            milestones.add(reached);
            rows.add(ProspectRow.of(
                    prospect,
                    campaignId,
                    bands.of(prospect.employees()),
                    reached,
                    phones.nationalDigits(prospect.phone())));
        }
        long[] ids = bulk.insertReturningIds("sales_prospect", PROSPECT_COLUMNS, rows);
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        List<Object[]> activities = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ProspectRecord prospect = chunk.get(i);
            Long campaignId = campaignId(prospect, campaigns);
            int position = 0;
            for (ContactRecord contact : prospect.contacts()) {
                contacts.add(new Object[] {
                    ids[i],
                    position++,
                    contact.name(),
                    contact.jobTitle(),
                    contact.decisionLevel(),
                    contact.email(),
                    contact.phone()
                });
            }
            for (String term : ProspectSearchTerms.of(
                    prospect.name(),
                    prospect.email(),
                    prospect.city(),
                    prospect.taxId(),
                    phones.nationalDigits(prospect.phone()),
                    prospect.contacts().stream()
                            .flatMap(c -> java.util.stream.Stream.of(c.name(), c.email()))
                            .toList())) {
                terms.add(new Object[] {term, ids[i]});
            }
            for (ActivityRecord step : prospect.activities()) {
                long[] sum = daySums.computeIfAbsent(
                        days.key(
                                step.at(),
                                step.seller(),
                                campaignId,
                                Milestones.kind(step).name()),
                        k -> new long[2]);
                sum[0]++;
                sum[1] += step.minutes() == null ? 0 : step.minutes();
                activities.add(new Object[] {
                    ids[i],
                    campaignId,
                    step.seller(),
                    Milestones.kind(step).name(),
                    timestamp(step.at()),
                    step.minutes(),
                    step.amount(),
                    timestamp(step.appointmentAt()),
                    step.lostReason() == null ? null : Milestones.reason(step),
                    step.note(),
                    timestamp(step.at()),
                    step.seller()
                });
            }
        }
        bulk.insert("sales_prospect_contact", CONTACT_COLUMNS, contacts);
        long termsStarted = System.nanoTime();
        // In key order: the index grows at its end instead of splitting pages all over.
        terms.sort(java.util.Comparator.comparing((Object[] row) -> (String) row[0])
                .thenComparing(row -> (Long) row[1]));
        bulk.insert("sales_prospect_search_term", TERM_COLUMNS, terms);
        written[3] += System.nanoTime() - termsStarted;
        bulk.insert("sales_activity", ACTIVITY_COLUMNS, activities);
        written[0] += ids.length;
        written[1] += contacts.size();
        written[2] += activities.size();
    }

    private static Long campaignId(ProspectRecord prospect, Map<String, Long> campaigns) {
        if (prospect.campaign() == null) {
            return null;
        }
        Long id = campaigns.get(prospect.campaign());
        if (id == null) {
            throw new IllegalArgumentException("No campaign under the key " + prospect.campaign());
        }
        return id;
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The columns of one prospect, in the order of {@link #PROSPECT_COLUMNS}. */
    private static final class ProspectRow {

        static Object[] of(ProspectRecord p, Long campaignId, String sizeBand, Milestones m, String phoneDigits) {
            if (p.name() == null || p.name().isBlank()) {
                throw new IllegalArgumentException("A prospect without a name");
            }
            String source = p.source() == null
                    ? ProspectSource.LIST.name()
                    : ProspectSource.valueOf(p.source().toUpperCase(Locale.ROOT))
                            .name();
            Research research = p.research() == null ? new Research(null, null, null, null) : p.research();
            Instant created = p.createdAt() == null ? Instant.now() : p.createdAt();
            Instant updated = m.lastAt() != null && m.lastAt().isAfter(created) ? m.lastAt() : created;
            return new Object[] {
                p.externalId(),
                p.name().strip(),
                ProspectKeys.sortName(p.name()),
                p.taxId(),
                ProspectKeys.taxIdKey(p.taxId()),
                p.sector(),
                p.employees(),
                sizeBand,
                p.phone(),
                phoneDigits,
                p.email(),
                ProspectKeys.emailKey(p.email()),
                p.web(),
                p.address(),
                p.city(),
                p.postalCode(),
                source,
                p.owner(),
                campaignId,
                research.contact(),
                research.business(),
                research.news(),
                research.reason(),
                done(research),
                timestamp(m.firstCall()),
                timestamp(m.firstConversation()),
                timestamp(m.firstAppointment()),
                timestamp(m.firstMeeting()),
                timestamp(m.firstProposal()),
                m.outcome(),
                timestamp(m.decidedAt()),
                m.wonAmount(),
                m.lostReason(),
                "WON".equals(m.outcome()) && p.customer() != null ? p.customer().value() : null,
                timestamp(created),
                timestamp(updated)
            };
        }

        /** Items of the checklist done: a text that is not blank. */
        static int done(Research research) {
            int done = 0;
            for (String item :
                    new String[] {research.contact(), research.business(), research.news(), research.reason()}) {
                if (item != null && !item.isBlank()) {
                    done++;
                }
            }
            return done;
        }
    }
}
