package org.clientela.sales.internal.businesscase;

import java.time.Instant;

/**
 * A business case kept for later: its title, the prospect and proposal it belongs to (when any),
 * the flows it is calculated from, and who wrote it when.
 */
public record BusinessCase(
        long id,
        String title,
        Long prospectId,
        String prospectName,
        Long activityId,
        CashFlows cashFlows,
        String notes,
        Instant createdAt,
        String createdBy,
        long version) {

    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 2000;

    public Appraisal appraisal() {
        return Appraisal.of(cashFlows);
    }
}
