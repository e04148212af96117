package org.clientela.sales.internal.figures;

import java.util.Map;

/**
 * The five KPIs of one group, and the minutes its activities took per kind.
 *
 * @param key the group: a seller's username, a campaign id, a strategy, a sector or size band code,
 *     {@code COMPLETE}/{@code INCOMPLETE} research, a month {@code YYYY-MM}, {@code ALL}; {@code null}
 *     for prospects without one (no campaign, no sector)
 */
public record KpiRow(
        String key,
        Ratio conversationToAppointment,
        Ratio appointmentToProposal,
        Ratio closeRatio,
        CycleDays salesCycleDays,
        RevenuePerSale averageRevenuePerSale,
        Map<String, Long> minutesByKind) {}
