package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's programs and their tiers: set up by managers, read by everyone. */
@Service
public class LoyaltyPrograms {

    private static final int DEFAULT_REVIEW_MONTHS = 12;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LoyaltyPrograms(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets up a program; its first review is {@code reviewMonths} from today.
     *
     * @throws InvalidInputException naming each wrong field; {@code name} when another program has it
     */
    @Transactional
    public Program create(NewProgram program) {
        List<InputError> problems = program.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int months = program.reviewMonths() == null ? DEFAULT_REVIEW_MONTHS : program.reviewMonths();
        String name = program.name().strip();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO satisfaction_loyalty_program (name, basis, review_months, next_review,
                                created_by, created_at)
                            VALUES (:name, :basis, :months, :review, :by, :at)""")
                    .param("name", name)
                    .param("basis", program.basis().name())
                    .param("months", months)
                    .param("review", LocalDate.now(clock).plusMonths(months))
                    .param("by", AuditLog.currentActor())
                    .param("at", Timestamp.from(clock.instant()))
                    .update(key, "id");
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException(InputError.field("name", "satisfaction.loyalty.name.taken"));
        }
        long id = key.getKey().longValue();
        for (int i = 0; i < program.tiers().size(); i++) {
            Tier tier = program.tiers().get(i);
            jdbc.sql("""
                            INSERT INTO satisfaction_loyalty_tier (program_id, tier_rank, name, threshold,
                                discount_percent, response_cut_percent, surprise)
                            VALUES (:program, :rank, :name, :threshold, :discount, :cut, :surprise)""")
                    .param("program", id)
                    .param("rank", i + 1)
                    .param("name", tier.name().strip())
                    .param("threshold", tier.threshold())
                    .param("discount", tier.discountPercent())
                    .param("cut", zeroIsNone(tier.responseCutPercent()))
                    .param("surprise", blankIsNone(tier.surprise()))
                    .update();
        }
        Program created = get(id);
        audit.record(
                "LOYALTY_PROGRAM_CREATED",
                "satisfaction_loyalty_program",
                String.valueOf(id),
                name + ": " + created.tiers().size() + " tiers by " + created.basis(),
                null,
                null,
                name,
                created.tiers().size());
        return created;
    }

    @Transactional(readOnly = true)
    public Program get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("loyalty program", id));
    }

    @Transactional(readOnly = true)
    public Optional<Program> find(long id) {
        return load("WHERE p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Every program, oldest first. */
    @Transactional(readOnly = true)
    public List<Program> all() {
        return load("", Map.of());
    }

    private List<Program> load(String where, Map<String, ?> params) {
        Map<Long, List<Tier>> tiers = new HashMap<>();
        jdbc.sql("""
                        SELECT t.program_id, t.tier_rank, t.name, t.threshold, t.discount_percent,
                               t.response_cut_percent, t.surprise
                          FROM satisfaction_loyalty_tier t JOIN satisfaction_loyalty_program p ON p.id = t.program_id
                        """ + where + " ORDER BY t.program_id, t.tier_rank")
                .params(params)
                .query(rs -> {
                    Integer cut =
                            rs.getObject("response_cut_percent") == null ? null : rs.getInt("response_cut_percent");
                    tiers.computeIfAbsent(rs.getLong("program_id"), k -> new ArrayList<>())
                            .add(new Tier(
                                    rs.getInt("tier_rank"),
                                    rs.getString("name"),
                                    rs.getBigDecimal("threshold"),
                                    rs.getBigDecimal("discount_percent"),
                                    cut,
                                    rs.getString("surprise")));
                });
        return jdbc.sql("""
                        SELECT p.id, p.name, p.basis, p.review_months, p.next_review, p.recomputed_at, p.recompute_ms
                          FROM satisfaction_loyalty_program p
                        """ + where + " ORDER BY p.id")
                .params(params)
                .query((rs, n) -> new Program(
                        rs.getLong("id"),
                        rs.getString("name"),
                        TierBasis.valueOf(rs.getString("basis")),
                        rs.getInt("review_months"),
                        rs.getObject("next_review", LocalDate.class),
                        tiers.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getTimestamp("recomputed_at") == null
                                ? null
                                : rs.getTimestamp("recomputed_at").toInstant(),
                        rs.getObject("recompute_ms") == null ? null : rs.getLong("recompute_ms")))
                .list();
    }

    private static Integer zeroIsNone(Integer value) {
        return value == null || value == 0 ? null : value;
    }

    private static String blankIsNone(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
