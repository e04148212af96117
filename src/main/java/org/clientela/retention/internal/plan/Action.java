package org.clientela.retention.internal.plan;

import java.time.LocalDate;
import org.clientela.retention.internal.segments.RfmSegment;

/** An idea applied to customers from {@code start} for {@code windowDays}, with its comparison group. */
public record Action(
        long id,
        long ideaId,
        String ideaTitle,
        RfmSegment segment,
        LocalDate start,
        int windowDays,
        Integer holdoutPercent,
        long customers,
        long compared) {}
