package org.clientela.retention.internal.losses;

import java.util.Arrays;
import java.util.List;

/**
 * Where a loss stands: the customer is lost ({@code STANDING}) until they come back
 * ({@code WON_BACK}). A won-back loss is history and never stands again: if the customer leaves
 * again, that is a new loss, so the register keeps both.
 */
public enum LossStatus {
    STANDING,
    WON_BACK;

    public boolean canBecome(LossStatus next) {
        return this == STANDING && next == WON_BACK;
    }

    /** The statuses from which a loss may move to {@code next}: what the guarded update requires. */
    static List<LossStatus> from(LossStatus next) {
        return Arrays.stream(values()).filter(s -> s.canBecome(next)).toList();
    }
}
