package org.clientela.satisfaction.internal.loyalty;

import java.sql.Timestamp;
import java.time.Instant;
import org.clientela.service.TargetShortening;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tier's faster answer, as service asks for it: the cut of the tier the customer held when the
 * case was opened, read from the tier history (so a case opened before joining keeps its target);
 * of several programs, the largest cut.
 */
@Component
class LoyaltyTargetShortening implements TargetShortening {

    private final JdbcClient jdbc;

    LoyaltyTargetShortening(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public int percentFor(long customerId, Instant openedAt) {
        Integer cut = jdbc.sql("""
                        SELECT MAX(t.response_cut_percent)
                          FROM satisfaction_loyalty_tier_change c
                          JOIN satisfaction_loyalty_tier t ON t.program_id = c.program_id AND t.tier_rank = c.to_rank
                         WHERE c.customer_id = :customer AND c.changed_at <= :at
                           AND NOT EXISTS (SELECT 1 FROM satisfaction_loyalty_tier_change later
                                            WHERE later.member_id = c.member_id AND later.changed_at <= :at
                                              AND (later.changed_at > c.changed_at
                                                   OR (later.changed_at = c.changed_at AND later.id > c.id)))""")
                .param("customer", customerId)
                .param("at", Timestamp.from(openedAt))
                .query(Integer.class)
                .optional()
                .orElse(null);
        return cut == null ? 0 : Math.min(cut, MAX_PERCENT);
    }
}
