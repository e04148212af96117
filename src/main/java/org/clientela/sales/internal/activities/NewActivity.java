package org.clientela.sales.internal.activities;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A step as a seller reports it, not yet checked: the kind and the lost reason as typed (so that a
 * wrong one is named back), the moment it happened ({@code null} is now), and what the kind carries.
 */
public record NewActivity(
        String kind,
        Instant at,
        Integer minutes,
        BigDecimal amount,
        String reason,
        Instant appointmentAt,
        String note) {}
