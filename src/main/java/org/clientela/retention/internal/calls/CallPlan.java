package org.clientela.retention.internal.calls;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.UserDirectory;
import org.clientela.retention.OpenServiceCases;
import org.clientela.retention.internal.RetentionSettingGroups;
import org.clientela.retention.internal.radar.RadarRun;
import org.clientela.retention.internal.radar.RadarRuns;
import org.clientela.retention.internal.radar.RadarSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to call after a radar run: per owner at most {@link RadarSettings#callsPerOwner()} customers,
 * the most money at risk first ({@code retention_customer_score.money_at_risk}, the risk of not buying
 * again times the year's spend), one call per customer however many signals explain it. Left out:
 * <ul>
 * <li>customers with an open service case (their case's owner is already talking to them);</li>
 * <li>customers whose radar call of this calendar quarter was already made or found not needed (a
 * customer is not called about the same risk twice a quarter); an <em>open</em> call may be chosen
 * again and stays the same call, with this run's rank and money;</li>
 * <li>customers in the lost register, and those presumed lost.</li>
 * </ul>
 * A customer whose owner is not a user (or who has none) is called by the default owner
 * ({@link RadarSettings#defaultOwner()}, else the first enabled admin), never by nobody. Open calls of
 * earlier runs that this run did not choose stay open (someone may be working them), unless the
 * customer bought after the call was made: those are closed as NOT_NEEDED.
 * <p>
 * The scores are read in descending money at risk, a stretch at a time along their index, until every
 * owner has their calls: at a million customers that is normally the first few stretches.
 *
 * <p>Long because choosing the calls is one pass over the scores in which
 * the exclusions, the owners' quotas and the default owner share the pass's state; cut in pieces,
 * each piece would need that state handed to it, and the rule would be harder to read whole.
 */
@Service
public class CallPlan {

    static final int STRETCH = 2_000;
    /** Scores read in descending money before the owners still short of calls are served from their own customers. */
    static final int SCAN = 50_000;

    private static final Logger log = LoggerFactory.getLogger(CallPlan.class);

    private record Score(long customerId, long rank, BigDecimal money, String signals) {}

    private record Choice(Score score, String owner) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CustomerOwners customerOwners;
    private final UserDirectory users;
    private final ObjectProvider<OpenServiceCases> openCases;
    private final RadarSettings settings;
    private final BusinessSettings business;
    private final Clock clock;
    private final int stretch;
    private final int scan;
    private final RadarRuns runs;

    @org.springframework.beans.factory.annotation.Autowired
    CallPlan(
            JdbcClient jdbc,
            JdbcTemplate template,
            CustomerOwners customerOwners,
            UserDirectory users,
            ObjectProvider<OpenServiceCases> openCases,
            RadarSettings settings,
            BusinessSettings business,
            Clock clock,
            RadarRuns runs) {
        this(jdbc, template, customerOwners, users, openCases, settings, business, clock, runs, STRETCH, SCAN);
    }

    /** With stretches of {@code stretch} scores, and {@code scan} read before serving the owners short of calls. */
    CallPlan(
            JdbcClient jdbc,
            JdbcTemplate template,
            CustomerOwners customerOwners,
            UserDirectory users,
            ObjectProvider<OpenServiceCases> openCases,
            RadarSettings settings,
            BusinessSettings business,
            Clock clock,
            RadarRuns runs,
            int stretch,
            int scan) {
        this.runs = runs;
        this.stretch = stretch;
        this.scan = scan;
        this.jdbc = jdbc;
        this.template = template;
        this.customerOwners = customerOwners;
        this.users = users;
        this.openCases = openCases;
        this.settings = settings;
        this.business = business;
        this.clock = clock;
    }

    /**
     * Chooses the calls of run {@code runId} from the scores it wrote, and closes the open calls that
     * a purchase made unnecessary.
     *
     * @param asOf the day the run judged; the scores are that day's. "This quarter" is the calendar's
     *             today, not {@code asOf}'s: calls are made, and were made, on real days
     * @return how many new calls it made (a call still open from an earlier run and chosen again is
     *         not new)
     */
    @Transactional
    public long plan(long runId, LocalDate asOf) {
        Instant now = clock.instant();
        double minRisk = minRisk(runId);
        ZoneId zone = business.timeZone();
        Set<String> userNames = users.activeUsernames();
        Optional<String> fallback = defaultOwner(userNames);
        Set<String> owners = new HashSet<>(customerOwners.owners());
        boolean needsFallback = customerOwners.anyUnowned() || !userNames.containsAll(owners);
        owners.retainAll(userNames);
        if (needsFallback) {
            fallback.ifPresentOrElse(
                    owners::add,
                    () -> log.warn(
                            "Radar run {}: some customers' owner is not a user"
                                    + " and there is no enabled admin to call them",
                            runId));
        }
        Instant quarterStart = quarterStart(LocalDate.now(clock.withZone(zone)))
                .atStartOfDay(zone)
                .toInstant();
        Picker picker = new Picker(business.whole(RetentionSettingGroups.CALLS_PER_OWNER), owners, quarterStart);
        Score last = null;
        boolean more = true;
        for (int read = 0; more && !picker.full() && read < scan; read += stretch) {
            List<Score> scores = stretchAfter(last, minRisk);
            more = scores.size() == stretch;
            if (scores.isEmpty()) {
                break;
            }
            last = scores.get(scores.size() - 1);
            Map<Long, String> ownerOf = customerOwners.ownersOf(
                    scores.stream().map(Score::customerId).toList());
            List<Choice> candidates = new ArrayList<>();
            for (Score score : scores) {
                String owner = ownerOf.get(score.customerId());
                owner = owner != null && userNames.contains(owner) ? owner : fallback.orElse(null);
                if (owner != null) {
                    candidates.add(new Choice(score, owner));
                }
            }
            picker.offer(candidates);
        }
        if (more && !picker.full()) {
            // The owners still short of calls have few customers with money at risk, or most of theirs are
            // left out: rather than read every score, read their own customers' scores.
            for (String owner : picker.shortOfCalls()) {
                List<Long> pool = new ArrayList<>(customerOwners.customersOf(owner));
                if (fallback.isPresent() && owner.equals(fallback.get())) {
                    pool.addAll(customerOwners.customersOf(null));
                    for (String other : customerOwners.owners()) {
                        if (!userNames.contains(other)) {
                            pool.addAll(customerOwners.customersOf(other));
                        }
                    }
                }
                List<Score> scores = scoresOf(pool, last, minRisk);
                for (int from = 0; from < scores.size() && !picker.fullFor(owner); from += stretch) {
                    picker.offer(scores.subList(from, Math.min(scores.size(), from + stretch)).stream()
                            .map(score -> new Choice(score, owner))
                            .toList());
                }
            }
        }
        List<Choice> chosen = picker.chosen;
        Map<String, Integer> perOwner = picker.perOwner;
        long created = write(runId, chosen, now);
        long closed = closeBoughtSince(runId, zone, now);
        log.info(
                "Radar run {}: {} calls for {} owners ({} new), {} open calls closed as the customer bought since",
                runId,
                chosen.size(),
                perOwner.size(),
                created,
                closed);
        return created;
    }

    /** The first day of the calendar quarter of {@code day}. */
    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The calls chosen so far, per owner, from candidates offered in descending money at risk. */
    private final class Picker {

        final int limit;
        final Set<String> owners;
        final Instant quarterStart;
        final Map<String, Integer> perOwner = new HashMap<>();
        final List<Choice> chosen = new ArrayList<>();

        Picker(int limit, Set<String> owners, Instant quarterStart) {
            this.limit = limit;
            this.owners = owners;
            this.quarterStart = quarterStart;
        }

        boolean full() {
            return limit <= 0 || owners.stream().allMatch(this::fullFor);
        }

        boolean fullFor(String owner) {
            return perOwner.getOrDefault(owner, 0) >= limit;
        }

        /** The owners who still have fewer calls than the limit, alphabetically. */
        List<String> shortOfCalls() {
            return owners.stream().filter(o -> !fullFor(o)).sorted().toList();
        }

        void offer(List<Choice> candidates) {
            List<Choice> wanted =
                    candidates.stream().filter(c -> !fullFor(c.owner())).toList();
            Set<Long> excluded =
                    excluded(wanted.stream().map(c -> c.score().customerId()).toList(), quarterStart);
            for (Choice candidate : wanted) {
                if (!fullFor(candidate.owner())
                        && !excluded.contains(candidate.score().customerId())) {
                    perOwner.merge(candidate.owner(), 1, Integer::sum);
                    chosen.add(candidate);
                }
            }
        }
    }

    private Optional<String> defaultOwner(Set<String> userNames) {
        String configured = settings.defaultOwner();
        if (configured != null && !configured.isBlank()) {
            if (userNames.contains(configured.strip())) {
                return Optional.of(configured.strip());
            }
            log.warn(
                    "clientela.retention.radar.default-owner '{}' is not an enabled user: the first admin calls"
                            + " instead",
                    configured);
        }
        return users.firstActiveAdmin();
    }

    /**
     * A call needs a reason: a radar signal (buying less, a category dropped, late by their own rhythm)
     * or a risk of not buying above the business's usual — the share of customers who did not buy in
     * the horizon in the run's backtest (with too little past to learn from, 90 days without buying; a
     * run that did not rank, anyone). A big customer who is almost sure to come back and shows no sign
     * has money "at risk" by the product, yet a call to them is not a retention call.
     */
    private double minRisk(long runId) {
        return runs.find(runId)
                .map(RadarRun::ranking)
                .map(r -> r.baseShare() != null ? r.baseShare() : 0.5)
                .orElse(0.0);
    }

    /**
     * The next stretch of scores with money at risk, in descending money (ties by customer id), after
     * {@code last}.
     */
    private List<Score> stretchAfter(Score last, double minRisk) {
        // "money <= last money" first, so that the money index bounds the read on both databases.
        String sql = "SELECT customer_id, risk_rank, money_at_risk, signals FROM retention_customer_score"
                + " WHERE money_at_risk > 0 AND (risk_score >= :minRisk OR signals <> '')"
                + (last == null
                        ? ""
                        : " AND money_at_risk <= :money" + " AND (money_at_risk < :money OR customer_id > :customer)")
                + " ORDER BY money_at_risk DESC, customer_id LIMIT :limit";
        var spec = jdbc.sql(sql).param("limit", stretch).param("minRisk", minRisk);
        if (last != null) {
            spec = spec.param("money", last.money()).param("customer", last.customerId());
        }
        return spec.query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    /**
     * The scores with money at risk of the given customers that come after {@code last} in the order
     * of the stretches (all of them when {@code last} is null), in that order.
     */
    private List<Score> scoresOf(List<Long> ids, Score last, double minRisk) {
        List<Score> scores = new ArrayList<>();
        List<Long> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 1_000) {
            scores.addAll(jdbc.sql("""
                    SELECT customer_id, risk_rank, money_at_risk, signals FROM retention_customer_score
                     WHERE customer_id IN (:ids) AND money_at_risk > 0 AND (risk_score >= :minRisk OR signals <> '')""")
                    .param("ids", distinct.subList(from, Math.min(distinct.size(), from + 1_000)))
                    .param("minRisk", minRisk)
                    .query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4)))
                    .list());
        }
        java.util.Comparator<Score> order =
                java.util.Comparator.comparing(Score::money).reversed().thenComparingLong(Score::customerId);
        return scores.stream()
                .filter(sc -> last == null || order.compare(sc, last) > 0)
                .sorted(order)
                .toList();
    }

    /**
     * Those of the customers not to call now: an open service case, a call of this quarter already
     * closed, lost or presumed lost, or blocked (kept for legal claims only, never called).
     */
    private Set<Long> excluded(List<Long> ids, Instant quarterStart) {
        Set<Long> excluded = new HashSet<>();
        if (ids.isEmpty()) {
            return excluded;
        }
        OpenServiceCases cases = openCases.getIfAvailable();
        if (cases != null) {
            cases.withOpenCase(ids.stream().map(CustomerId::of).toList()).forEach(c -> excluded.add(c.value()));
        }
        for (int from = 0; from < ids.size(); from += 1_000) {
            Collection<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            excluded.addAll(jdbc.sql("""
                    SELECT customer_id FROM retention_call_task
                     WHERE customer_id IN (:ids) AND status <> 'OPEN' AND created_at >= :since
                    UNION SELECT open_customer_id FROM retention_loss WHERE open_customer_id IN (:ids)
                    UNION SELECT customer_id FROM retention_presumed_lost WHERE customer_id IN (:ids)
                    UNION SELECT b.customer_id FROM retention_customer_score b WHERE b.customer_id IN (:ids)
                       AND NOT (""" + BlockedCustomers.visible("b.customer_id") + ")")
                    .param("ids", chunk)
                    .param("since", Timestamp.from(quarterStart))
                    .query(Long.class)
                    .list());
        }
        return excluded;
    }

    /** Makes the new calls and moves the open ones chosen again to this run; returns how many are new. */
    private long write(long runId, List<Choice> chosen, Instant now) {
        if (chosen.isEmpty()) {
            return 0;
        }
        Map<Long, Long> open = new HashMap<>();
        List<Long> ids = chosen.stream().map(c -> c.score().customerId()).toList();
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql("SELECT customer_id, id FROM retention_call_task WHERE customer_id IN (:ids) AND open = 1")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query(rs -> {
                        open.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        Timestamp at = Timestamp.from(now);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Choice c : chosen) {
            Score s = c.score();
            Long task = open.get(s.customerId());
            if (task == null) {
                inserts.add(new Object[] {s.customerId(), c.owner(), at, runId, s.rank(), s.money(), s.signals()});
            } else {
                updates.add(new Object[] {runId, s.rank(), s.money(), s.signals(), task});
            }
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("""
                    UPDATE retention_call_task SET run_id = ?, risk_rank = ?, money_at_risk = ?, reasons = ?
                     WHERE id = ?""", updates);
        }
        long created = 0;
        if (!inserts.isEmpty()) {
            for (int n : template.batchUpdate("""
                    INSERT INTO retention_call_task (customer_id, owner_username, status, created_at, run_id, risk_rank,
                           money_at_risk, reasons, open)
                    VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""", inserts)) {
                created += n < 0 ? 1 : n;
            }
        }
        return created;
    }

    /**
     * Closes as NOT_NEEDED the open calls of earlier runs, not chosen by this one, whose customer
     * bought after the day the call was made (the scores' last purchase day says so).
     */
    private long closeBoughtSince(long runId, ZoneId zone, Instant now) {
        List<Object[]> closing = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                SELECT t.id, t.created_at, s.as_of, s.days_since_last FROM retention_call_task t
                  JOIN retention_customer_score s ON s.customer_id = t.customer_id
                 WHERE t.open = 1 AND (t.run_id IS NULL OR t.run_id <> :run)""").param("run", runId).query(rs -> {
            LocalDate made = rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate();
            LocalDate lastPurchase = rs.getObject(3, LocalDate.class).minusDays(rs.getInt(4));
            if (lastPurchase.isAfter(made)) {
                closing.add(new Object[] {at, rs.getLong(1)});
            }
        });
        if (!closing.isEmpty()) {
            template.batchUpdate("""
                    UPDATE retention_call_task SET status = 'NOT_NEEDED', open = NULL, closed_by = 'system',
                           closed_at = ?, version = version + 1 WHERE id = ? AND open = 1""", closing);
        }
        return closing.size();
    }
}
