package org.clientela.service;

import java.time.Instant;

/**
 * A shorter response target for some customers' cases: another module (the loyalty club, whose
 * tiers may promise a faster answer) tells service by how much a customer's case is to be answered
 * and resolved sooner. Service asks it and never knows why; without such a bean targets are as set.
 */
public interface TargetShortening {

    /** The largest cut allowed, in percent: a target never shrinks to nothing. */
    int MAX_PERCENT = 90;

    /**
     * By how many percent (0 to {@value #MAX_PERCENT}) the response targets of a case of
     * {@code customerId} opened at {@code openedAt} are cut; 0 for no cut.
     */
    int percentFor(long customerId, Instant openedAt);

    /** {@code hours} cut by {@code percent}, rounded, never below one opening hour. */
    static int shortened(int hours, int percent) {
        int cut = Math.max(0, Math.min(MAX_PERCENT, percent));
        return cut == 0 ? hours : Math.max(1, (int) Math.round(hours * (100 - cut) / 100.0));
    }
}
