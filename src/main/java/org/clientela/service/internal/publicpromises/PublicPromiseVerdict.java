package org.clientela.service.internal.publicpromises;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * What a public promise's figures mean, in words to be said in the reader's language: sentences as
 * message keys with their arguments ({@link VerdictWords} writes them out).
 */
public record PublicPromiseVerdict(Category category, List<Sentence> sentences) {

    /** Kept (95 % or more in time), mostly kept (80 % or more), broken, or not enough data to say. */
    public enum Category {
        KEPT,
        MOSTLY,
        BROKEN,
        TOO_LITTLE_DATA
    }

    /** One sentence: a message key and its arguments. */
    public record Sentence(String key, Object... args) {}

    /** An amount of time in a unit ("3 días", "4 working hours"). */
    public record Amount(double value, TargetUnit unit) {}

    /** The places a promise is published in ("la web y el catálogo"). */
    public record Places(Set<PublishedIn> places) {}

    /** A day of the week, named in the reader's language. */
    public record Day(DayOfWeek day) {}
}
