package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.ExclusiveRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the members' tiers, nightly for every program and on demand for one, on one instance
 * at a time. Each customer's value is written to a staging table (streamed from the orders module's
 * aggregate, {@code COPY} on PostgreSQL) with the tier it reaches, worked out here by
 * {@link TierRule}, and merged into the score table (only changed rows written); then a handful of
 * set-based statements move the members: up at once, down only
 * when the program's review date has come, each move into the tier history. One transaction per
 * program: pages read the tiers before or after a run, never half of it.
 */
@Service
public class TierRecompute {

    static final String RUN_NAME = "satisfaction-loyalty-tiers";
    private static final Logger log = LoggerFactory.getLogger(TierRecompute.class);
    private static final List<String> COLUMNS = List.of("program_id", "customer_id", "score", "qualified_rank");

    /** What one run did to one program. */
    public record Result(long programId, long members, long upgraded, long downgraded, boolean reviewed, long millis)
            implements java.io.Serializable {}

    private final LoyaltyPrograms programs;
    private final LoyaltyValues values;
    private final BulkInsert bulk;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ExclusiveRuns exclusiveRuns;
    private final AuditLog audit;
    private final LoyaltySettings settings;
    private final Clock clock;

    TierRecompute(
            LoyaltyPrograms programs,
            LoyaltyValues values,
            BulkInsert bulk,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ExclusiveRuns exclusiveRuns,
            AuditLog audit,
            LoyaltySettings settings,
            Clock clock) {
        this.programs = programs;
        this.values = values;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.exclusiveRuns = exclusiveRuns;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${clientela.satisfaction.loyalty.cron:0 0 3 * * *}", zone = "${clientela.time-zone:UTC}")
    void nightly() {
        exclusiveRuns.runExclusively(
                RUN_NAME, Duration.ofHours(2), () -> programs.all().forEach(p -> compute(p.id())));
    }

    /**
     * Recomputes one program now.
     *
     * @throws LoyaltyStateException when another instance is recomputing
     * @throws org.clientela.platform.NotFoundException for an unknown program
     */
    public Result recompute(long programId) {
        programs.get(programId);
        Result[] result = {null};
        if (!exclusiveRuns.runExclusively(RUN_NAME, Duration.ofHours(2), () -> result[0] = compute(programId))) {
            throw LoyaltyStateException.busy();
        }
        return result[0];
    }

    private Result compute(long programId) {
        Instant started = clock.instant();
        Program program = programs.get(programId);
        LocalDate today = LocalDate.now(clock);
        boolean review = !today.isBefore(program.nextReview());
        Result result = transactions.execute(status -> {
            // The score table and the history grow inside this transaction, where PostgreSQL's statistics
            // still see them as they were (the history's new moves as none): look rows up by index.
            bulk.preferIndexesInThisTransaction();
            writeValues(program);
            bringScoresUpToDate(programId);
            Timestamp now = Timestamp.from(clock.instant());
            // A member without a value bought nothing in the window: zero, which may still reach a tier of 0.
            Integer zeroRank = TierRule.qualifiedRank(program.tiers(), BigDecimal.ZERO);
            String reached = "COALESCE(s.qualified_rank, " + (zeroRank == null ? 0 : zeroRank) + ")";
            String up = reached + " > COALESCE(m.tier_rank, 0)";
            String down = reached + " < COALESCE(m.tier_rank, 0)";
            String moves = review ? "(" + up + " OR " + down + ")" : up;
            String members = """
                    FROM satisfaction_loyalty_member m
                    LEFT JOIN satisfaction_loyalty_score s ON s.program_id = m.program_id AND s.customer_id = m.customer_id
                    WHERE m.program_id = :p AND """;
            // The run's moves are the history rows after this one (ids, not timestamps: equality on
            // a timestamp is at the mercy of each database's precision).
            long since = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM satisfaction_loyalty_tier_change")
                    .query(Long.class)
                    .single();
            // Only the members who move are written: the history first, with the tier they leave.
            int moved = jdbc.sql("""
                            INSERT INTO satisfaction_loyalty_tier_change (member_id, program_id, customer_id, from_rank,
                                to_rank, reason, changed_at)
                            SELECT m.id, m.program_id, m.customer_id, m.tier_rank, NULLIF(%s, 0),
                                   CASE WHEN %s THEN 'UPGRADE' ELSE 'DOWNGRADE' END, :now
                            """.formatted(reached, up) + members + " " + moves)
                    .param("p", programId)
                    .param("now", now)
                    .update();
            // Then their tiers, by the same join of members and values (one hash join, whatever the
            // number of moves: a correlated look-up per moved member took minutes at a million).
            if (moved > 0) {
                jdbc.sql("""
                            MERGE INTO satisfaction_loyalty_member t
                            USING (SELECT m.id, NULLIF(%s, 0) AS to_rank
                            """.formatted(reached) + members + " " + moves + """
                            ) c ON t.id = c.id
                            WHEN MATCHED THEN UPDATE SET tier_rank = c.to_rank, tier_since = :now""")
                        .param("p", programId)
                        .param("now", now)
                        .update();
            }
            long upgraded = moved(programId, since, "UPGRADE");
            long downgraded = moved(programId, since, "DOWNGRADE");
            LocalDate nextReview = program.nextReview();
            while (review && !nextReview.isAfter(today)) {
                nextReview = nextReview.plusMonths(program.reviewMonths());
            }
            long memberCount = jdbc.sql("SELECT COUNT(*) FROM satisfaction_loyalty_member WHERE program_id = :p")
                    .param("p", programId)
                    .query(Long.class)
                    .single();
            long millis = Duration.between(started, clock.instant()).toMillis();
            jdbc.sql("""
                            UPDATE satisfaction_loyalty_program SET next_review = :review, recomputed_at = :now,
                                recompute_ms = :ms WHERE id = :p""")
                    .param("review", nextReview)
                    .param("now", now)
                    .param("ms", millis)
                    .param("p", programId)
                    .update();
            audit.record(
                    "LOYALTY_TIERS_RECOMPUTED",
                    "satisfaction_loyalty_program",
                    String.valueOf(programId),
                    program.name() + ": " + upgraded + " up, " + downgraded + " down of " + memberCount,
                    null,
                    null,
                    program.name(),
                    upgraded,
                    downgraded);
            return new Result(programId, memberCount, upgraded, downgraded, review, millis);
        });
        bulk.refreshStatistics("satisfaction_loyalty_score");
        log.info("Loyalty tiers of program {}: {}", programId, result);
        return result;
    }

    private long moved(long programId, long since, String reason) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM satisfaction_loyalty_tier_change
                         WHERE program_id = :p AND id > :since AND reason = :reason""")
                .param("p", programId)
                .param("since", since)
                .param("reason", reason)
                .query(Long.class)
                .single();
    }

    /**
     * Brings the program's scores to this run's values (written to the staging table): changed rows
     * updated, new ones inserted, those of customers no longer valued deleted; then empties the
     * staging rows. A night changes few values, so few rows are written.
     */
    private void bringScoresUpToDate(long programId) {
        jdbc.sql("""
                        MERGE INTO satisfaction_loyalty_score s
                        USING (SELECT customer_id, score, qualified_rank FROM satisfaction_loyalty_score_next
                                WHERE program_id = :p) n
                           ON s.program_id = :p AND s.customer_id = n.customer_id
                         WHEN MATCHED AND (s.score <> n.score
                                OR COALESCE(s.qualified_rank, -1) <> COALESCE(n.qualified_rank, -1))
                              THEN UPDATE SET score = n.score, qualified_rank = n.qualified_rank
                         WHEN NOT MATCHED THEN INSERT (program_id, customer_id, score, qualified_rank)
                              VALUES (:p, n.customer_id, n.score, n.qualified_rank)""").param("p", programId).update();
        jdbc.sql("""
                        DELETE FROM satisfaction_loyalty_score
                         WHERE program_id = :p AND NOT EXISTS (
                               SELECT 1 FROM satisfaction_loyalty_score_next n
                                WHERE n.program_id = :p AND n.customer_id = satisfaction_loyalty_score.customer_id)""").param("p", programId).update();
        jdbc.sql("DELETE FROM satisfaction_loyalty_score_next WHERE program_id = :p")
                .param("p", programId)
                .update();
    }

    /** Each customer's value with the tier it reaches, in batches; expected values member by member. */
    private void writeValues(Program program) {
        List<Object[]> batch = new ArrayList<>(settings.batchSize());
        java.util.function.BiConsumer<Long, BigDecimal> add = (customer, value) -> {
            batch.add(new Object[] {program.id(), customer, value, TierRule.qualifiedRank(program.tiers(), value)});
            if (batch.size() == settings.batchSize()) {
                bulk.insert("satisfaction_loyalty_score_next", COLUMNS, batch);
                batch.clear();
            }
        };
        if (program.basis() == TierBasis.EXPECTED_VALUE) {
            List<Long> members = jdbc.sql(
                            "SELECT customer_id FROM satisfaction_loyalty_member WHERE program_id = :p ORDER BY customer_id")
                    .param("p", program.id())
                    .query(Long.class)
                    .list();
            members.forEach(customer -> add.accept(customer, values.of(TierBasis.EXPECTED_VALUE, customer)));
        } else {
            values.forEachBuyer(program.basis(), add);
        }
        bulk.insert("satisfaction_loyalty_score_next", COLUMNS, batch);
    }
}
