package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.AuditLog;
import org.clientela.platform.Slice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which program, since when, in which tier, and every tier they held. */
@Service
public class Memberships {

    private final JdbcClient jdbc;
    private final LoyaltyPrograms programs;
    private final LoyaltyValues values;
    private final AuditLog audit;
    private final Clock clock;

    Memberships(JdbcClient jdbc, LoyaltyPrograms programs, LoyaltyValues values, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the customer a member, in the tier their value reaches today.
     *
     * @param by who noted it, or null when the customer joined through their link
     * @return false when they already were a member (nothing changes)
     */
    @Transactional
    public boolean join(long programId, long customerId, JoinChannel via, String by) {
        Program program = programs.get(programId);
        BigDecimal value = values.of(program.basis(), customerId);
        Integer rank = TierRule.qualifiedRank(program.tiers(), value);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO satisfaction_loyalty_member (program_id, customer_id, joined_at, joined_via,
                                recorded_by, tier_rank, tier_since)
                            VALUES (:program, :customer, :now, :via, :by, :rank, :now)""")
                    .param("program", programId)
                    .param("customer", customerId)
                    .param("now", now)
                    .param("via", via.name())
                    .param("by", by)
                    .param("rank", rank)
                    .update(key, "id");
        } catch (DuplicateKeyException already) {
            return false;
        }
        // The value the tier came from, until the next recomputation writes everyone's.
        jdbc.sql("DELETE FROM satisfaction_loyalty_score WHERE program_id = :program AND customer_id = :customer")
                .param("program", programId)
                .param("customer", customerId)
                .update();
        jdbc.sql("""
                        INSERT INTO satisfaction_loyalty_score (program_id, customer_id, score, qualified_rank)
                        VALUES (:program, :customer, :score, :rank)""")
                .param("program", programId)
                .param("customer", customerId)
                .param("score", value)
                .param("rank", rank)
                .update();
        jdbc.sql("""
                        INSERT INTO satisfaction_loyalty_tier_change (member_id, program_id, customer_id, from_rank,
                            to_rank, reason, changed_at)
                        VALUES (:member, :program, :customer, NULL, :rank, 'JOINED', :now)""")
                .param("member", key.getKey().longValue())
                .param("program", programId)
                .param("customer", customerId)
                .param("rank", rank)
                .param("now", now)
                .update();
        String tier = program.tier(rank).map(Tier::name).orElse("-");
        if (by == null) {
            // The customer joined by themselves: no person of ours did it.
            audit.recordAs(
                    "-",
                    "LOYALTY_JOINED_BY_LINK",
                    "customer",
                    String.valueOf(customerId),
                    program.name() + " (" + via + ")",
                    null,
                    null,
                    program.name(),
                    tier);
        } else {
            audit.recordAs(
                    by,
                    "LOYALTY_MEMBER_JOINED",
                    "customer",
                    String.valueOf(customerId),
                    program.name() + " (" + via + ")",
                    null,
                    null,
                    program.name(),
                    tier);
        }
        return true;
    }

    /** The customer's memberships, with their tier history. */
    @Transactional(readOnly = true)
    public List<Membership> of(long customerId) {
        Map<Long, Program> byId = programs.all().stream().collect(Collectors.toMap(Program::id, p -> p));
        List<Membership> found = new ArrayList<>();
        jdbc.sql("""
                        SELECT m.id, m.program_id, m.joined_at, m.joined_via, m.tier_rank, m.tier_since,
                               COALESCE(s.score, 0) AS score
                          FROM satisfaction_loyalty_member m
                          LEFT JOIN satisfaction_loyalty_score s ON s.program_id = m.program_id AND s.customer_id = m.customer_id
                         WHERE m.customer_id = :customer ORDER BY m.joined_at, m.id""").param("customer", customerId).query(rs -> {
            Program program = byId.get(rs.getLong("program_id"));
            Integer rank = rs.getObject("tier_rank") == null ? null : rs.getInt("tier_rank");
            long memberId = rs.getLong("id");
            found.add(new Membership(
                    memberId,
                    program.id(),
                    program.name(),
                    program.basis(),
                    customerId,
                    rs.getTimestamp("joined_at").toInstant(),
                    JoinChannel.valueOf(rs.getString("joined_via")),
                    program.tier(rank).orElse(null),
                    rs.getTimestamp("tier_since") == null
                            ? null
                            : rs.getTimestamp("tier_since").toInstant(),
                    rs.getBigDecimal("score"),
                    List.of()));
        });
        return found.stream()
                .map(m -> new Membership(
                        m.id(),
                        m.programId(),
                        m.programName(),
                        m.basis(),
                        m.customerId(),
                        m.joinedAt(),
                        m.joinedVia(),
                        m.tier(),
                        m.tierSince(),
                        m.value(),
                        history(m.id(), byId.get(m.programId()))))
                .toList();
    }

    private List<Membership.Change> history(long memberId, Program program) {
        return jdbc.sql("""
                        SELECT from_rank, to_rank, reason, changed_at FROM satisfaction_loyalty_tier_change
                         WHERE member_id = :member ORDER BY changed_at DESC, id DESC""")
                .param("member", memberId)
                .query((rs, n) -> new Membership.Change(
                        TierMove.valueOf(rs.getString("reason")),
                        tierName(program, rs.getObject("from_rank")),
                        tierName(program, rs.getObject("to_rank")),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static String tierName(Program program, Object rank) {
        return rank == null
                ? null
                : program.tier(((Number) rank).intValue()).map(Tier::name).orElse(null);
    }

    /** A member as the program's list shows them. */
    public record Member(long customerId, String tier, BigDecimal value, java.time.Instant joinedAt, JoinChannel via) {}

    /** One page of a program's members, highest tier first (one index range per page). */
    @Transactional(readOnly = true)
    public Slice<Member> members(Program program, int page, int size) {
        return Slice.of(
                jdbc.sql("""
                                SELECT m.customer_id, m.tier_rank, COALESCE(s.score, 0) AS score, m.joined_at, m.joined_via
                                  FROM satisfaction_loyalty_member m
                                  LEFT JOIN satisfaction_loyalty_score s
                                         ON s.program_id = m.program_id AND s.customer_id = m.customer_id
                                 WHERE m.program_id = :program AND """ + BlockedCustomers.visible("m.customer_id") + """
                                 ORDER BY m.tier_rank DESC NULLS LAST, m.customer_id
                                 LIMIT :limit OFFSET :offset""")
                        .param("program", program.id())
                        .param("limit", size + 1)
                        .param("offset", (long) page * size)
                        .query((rs, n) -> new Member(
                                rs.getLong("customer_id"),
                                tierName(program, rs.getObject("tier_rank")),
                                rs.getBigDecimal("score"),
                                rs.getTimestamp("joined_at").toInstant(),
                                JoinChannel.valueOf(rs.getString("joined_via"))))
                        .list(),
                page,
                size);
    }

    /** Whether the customer belongs to the program. */
    @Transactional(readOnly = true)
    public boolean isMember(long programId, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM satisfaction_loyalty_member WHERE program_id = :p AND customer_id = :c")
                        .param("p", programId)
                        .param("c", customerId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
