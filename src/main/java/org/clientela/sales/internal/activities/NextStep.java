package org.clientela.sales.internal.activities;

import java.time.Instant;

/** The call-back a seller schedules with a step: when, and what for (may be blank). */
public record NextStep(Instant at, String note) {}
