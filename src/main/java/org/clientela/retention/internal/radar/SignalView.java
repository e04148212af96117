package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.time.Instant;

import org.clientela.retention.CallOutcome;
import org.clientela.retention.SignalKind;

/**
 * An active signal as people read it: the customer, the explanation in the reader's language, the
 * money at stake, and its call task (absent only for a moment while a run writes it).
 */
public record SignalView(long id, long customerId, String customerNumber, String customerName, SignalKind kind,
        String explanation, BigDecimal moneyAtStake, Instant firstSeen, Instant lastSeen, Task task) {

    /** The call task of a signal. */
    public record Task(long id, String owner, TaskStatus status, CallOutcome outcome, String note, String closedBy,
            Instant closedAt, long version) {

        public boolean open() {
            return status == TaskStatus.OPEN;
        }
    }

    /** OPEN until an outcome is recorded (DONE), or NOT_NEEDED when the signal stopped firing first. */
    public enum TaskStatus { OPEN, DONE, NOT_NEEDED }
}
