package org.clientela.retention;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a customer left, from the taxonomy of the lost-customer register. The first three are
 * beyond the business's control; the others are the ones to act on ("los evitables"): quality,
 * price for what they get, service, the competition, a promise we broke, a complaint we left open,
 * and indifference — nobody took care of them.
 */
public enum LossReason {
    CLOSED(false),
    MOVED(false),
    DECEASED(false),
    QUALITY_FELL(true),
    NO_LONGER_VALUE(true),
    SERVICE_FELL(true),
    COMPETITOR(true),
    BROKEN_PROMISE(true),
    UNRESOLVED_COMPLAINT(true),
    INDIFFERENCE(true),
    OTHER(true);

    private final boolean avoidable;

    LossReason(boolean avoidable) {
        this.avoidable = avoidable;
    }

    /** Whether the business could have prevented it (everything but closed, moved and deceased). */
    public boolean avoidable() {
        return avoidable;
    }

    /** Whether the register asks for a note saying what happened. */
    public boolean needsNote() {
        return this == OTHER;
    }

    /** The reason named {@code name} (exactly, as in the API), if there is one. */
    public static Optional<LossReason> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    /** The reasons of one group, in the order above. */
    public static List<LossReason> ofGroup(boolean avoidable) {
        return Arrays.stream(values()).filter(r -> r.avoidable == avoidable).toList();
    }
}
