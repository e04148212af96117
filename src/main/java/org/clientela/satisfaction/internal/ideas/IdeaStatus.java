package org.clientela.satisfaction.internal.ideas;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a customer's idea stands: received, being looked at, then adopted or declined. An idea is
 * looked at before it is decided, so that someone has thought about it before the customer is told
 * yes or no; a decided idea stays decided (a new thought is a new idea).
 */
public enum IdeaStatus {
    RECEIVED,
    LOOKING,
    ADOPTED,
    DECLINED;

    public boolean canBecome(IdeaStatus next) {
        return switch (this) {
            case RECEIVED -> next == LOOKING;
            case LOOKING -> next == ADOPTED || next == DECLINED;
            case ADOPTED, DECLINED -> false;
        };
    }

    /** Adopted or declined: nothing more to decide. */
    public boolean decided() {
        return this == ADOPTED || this == DECLINED;
    }

    /** The statuses still waiting for someone. */
    public static Set<IdeaStatus> open() {
        return EnumSet.of(RECEIVED, LOOKING);
    }
}
