package org.clientela.sales.internal.activities;

import java.math.BigDecimal;
import java.time.Instant;

/** A step logged on a prospect: who took it, when, for how long, and what it carries. */
public record Activity(
        long id,
        long prospectId,
        Long campaignId,
        String seller,
        ActivityKind kind,
        Instant at,
        Integer minutes,
        BigDecimal amount,
        Instant appointmentAt,
        LostReason reason,
        String note,
        Instant recordedAt) {}
