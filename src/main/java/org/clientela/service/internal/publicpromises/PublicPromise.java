package org.clientela.service.internal.publicpromises;

import java.time.Instant;
import java.util.Set;
import org.clientela.service.internal.cases.Channel;

/**
 * A promise the business makes in public, as registered.
 *
 * @param targetAmount amount of {@code targetUnit} for timed kinds, {@code null} for the opening hours
 * @param openingHours the opening hours as published ({@code MON-FRI 09:00-18:00}), only for OPENING_HOURS
 * @param channel      for FIRST_RESPONSE, the one channel the promise is about ({@code null}: every channel)
 */
public record PublicPromise(
        long id,
        PublicPromiseKind kind,
        String statement,
        Integer targetAmount,
        TargetUnit targetUnit,
        String openingHours,
        Channel channel,
        Set<PublishedIn> publishedIn,
        boolean active,
        String updatedBy,
        Instant updatedAt,
        long version) {}
