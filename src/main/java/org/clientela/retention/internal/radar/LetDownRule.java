package org.clientela.retention.internal.radar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.clientela.orders.history.Rhythm;
import org.clientela.retention.internal.letdowns.LetDown;
import org.clientela.retention.internal.letdowns.LetDownKind;

/**
 * PROMISE_BROKEN and COMPLAINT_CLOSED_AGAINST: the business let the customer down lately (the
 * newest let-down of each kind in the run's window). Unlike the buying rules this judges a fact, not
 * a departure from a habit, so it fires however short the customer's history is.
 *
 * <p>Money at stake: what the customer spent in the year up to their last order.
 */
final class LetDownRule {

    static final String PROMISE_MESSAGE = "retention.signal.promiseBroken";
    static final String COMPLAINT_MESSAGE = "retention.signal.complaintClosedAgainst";

    private final ZoneId zone;

    LetDownRule(ZoneId zone) {
        this.zone = zone;
    }

    List<Finding> judge(Rhythm rhythm, LocalDate asOf, List<LetDown> letDowns) {
        return letDowns.stream()
                .map(d -> {
                    LocalDate day = LocalDate.ofInstant(d.happenedAt(), zone);
                    return new Finding(
                            d.kind().signal(),
                            Finding.NO_CATEGORY,
                            d.kind() == LetDownKind.PROMISE_BROKEN ? PROMISE_MESSAGE : COMPLAINT_MESSAGE,
                            List.of(
                                    Finding.date(day),
                                    Finding.number(Math.max(0, asOf.toEpochDay() - day.toEpochDay()))),
                            rhythm.yearAmount());
                })
                .toList();
    }
}
