package org.clientela.retention.internal.losses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clientela.retention.LossReason;

/**
 * One entry of the lost-customer register.
 *
 * @param lostRevenue       what the customer spent in the 12 months before {@code lostOn}
 * @param lostLifetimeValue the expected lifetime value the model gave them, {@code null} when no
 *                          model had been fitted ("sin modelo aún")
 * @param wonBackOn         the day they came back, {@code null} while the loss stands
 */
public record Loss(
        long id,
        long customerId,
        LossReason reason,
        String note,
        LocalDate lostOn,
        BigDecimal lostRevenue,
        BigDecimal lostLifetimeValue,
        String currency,
        String recordedBy,
        Instant recordedAt,
        LocalDate wonBackOn) {

    public boolean standing() {
        return wonBackOn == null;
    }

    public LossStatus status() {
        return standing() ? LossStatus.STANDING : LossStatus.WON_BACK;
    }

    /** The status the loss moves to, or the refusal when its status does not allow the move. */
    public LossStatus moveTo(LossStatus next) {
        if (!status().canBecome(next)) {
            throw new LossStateException(customerId, status(), next);
        }
        return next;
    }
}
