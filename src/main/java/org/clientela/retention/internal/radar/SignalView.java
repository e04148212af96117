package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.time.Instant;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.SignalKind;

/**
 * An active signal as people read it: the customer, the explanation in the reader's language, the
 * money at stake, and its call task (absent only for a moment while a run writes it).
 */
public record SignalView(
        long id,
        long customerId,
        String customerNumber,
        String customerName,
        SignalKind kind,
        String explanation,
        BigDecimal moneyAtStake,
        Instant firstSeen,
        Instant lastSeen,
        Task task) {

    /** The call task of a signal. */
    public record Task(
            long id,
            String owner,
            TaskStatus status,
            CallOutcome outcome,
            String note,
            String closedBy,
            Instant closedAt,
            long version) {

        public boolean open() {
            return status == TaskStatus.OPEN;
        }
    }

    /**
     * OPEN until an outcome is recorded (DONE), or NOT_NEEDED when the radar found the call no longer
     * needed first. A recorded outcome may be corrected (DONE again), and a call found not needed may
     * still be made and recorded; but no call opens again, and only an open call can stop being needed.
     * The radar's guarded updates to NOT_NEEDED ({@code WHERE open = 1}) follow this rule: {@code open}
     * is 1 exactly while the status is OPEN.
     */
    public enum TaskStatus {
        OPEN,
        DONE,
        NOT_NEEDED;

        public boolean canBecome(TaskStatus next) {
            return switch (next) {
                case OPEN -> false;
                case DONE -> true;
                case NOT_NEEDED -> this == OPEN;
            };
        }
    }
}
