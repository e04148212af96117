package org.clientela.service;

import java.time.Instant;

/**
 * How soon the business calls back someone who asked for it: within the call-back time it
 * published (an active public promise about call-backs), or else one working day.
 */
public interface CallBackTime {

    /** The moment a call-back asked for at {@code askedAt} is due. */
    Instant dueAfter(Instant askedAt);
}
