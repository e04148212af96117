package org.clientela.satisfaction.internal.followups;

import org.clientela.platform.StateConflict;

/** A follow-up already done, or changed by someone else meanwhile (409 {@code follow-up-state}). */
public class FollowUpStateException extends StateConflict {

    FollowUpStateException(long id, FollowUpStatus status) {
        super(
                "Follow-up " + id + " is " + status,
                status,
                FollowUpStatus.DONE,
                "follow-up-state",
                "satisfaction.followUps.state." + status);
    }
}
