package org.clientela.customers;

import java.util.Arrays;
import java.util.List;

/**
 * Where a customer stands with the business, and the moves the business's own records make
 * ({@link LifecycleStatusChanges}): a customer in any standing may be marked lost; a lost customer
 * leaves that standing only by being won back, and only a lost customer can be won back. Every
 * other move is open. A person correcting the standing on the customer's form or in a bulk change
 * is not bound by these moves: they fix what the records got wrong.
 */
public enum LifecycleStatus {
    /** Not bought yet: someone to win. */
    PROSPECT,
    /** Buys from us. */
    CUSTOMER,
    /** Shows signs of leaving: someone should call. */
    AT_RISK,
    /** Has left, with a recorded reason. */
    LOST,
    /** Came back after being lost. */
    WON_BACK;

    /** Whether a customer in this standing may move to {@code next} (staying where it is is no move). */
    public boolean canBecome(LifecycleStatus next) {
        if (next == this) {
            return false;
        }
        if (this == LOST || next == WON_BACK) {
            return this == LOST && next == WON_BACK;
        }
        return true;
    }

    /** The standings from which a customer may move to {@code next}: the guard of the UPDATE that moves it. */
    public static List<String> before(LifecycleStatus next) {
        return Arrays.stream(values())
                .filter(s -> s.canBecome(next))
                .map(Enum::name)
                .toList();
    }

    /** @throws LifecycleStatusStateException when this standing may not move to {@code next} */
    public void requireCanBecome(LifecycleStatus next) {
        if (!canBecome(next)) {
            throw new LifecycleStatusStateException(this, next);
        }
    }
}
