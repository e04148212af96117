package org.clientela.privacy.internal.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request from a person to exercise a right over their data, with the month the law gives to
 * answer it.
 *
 * @param customerId    the customer it is about, or null while the person is not yet matched to one
 * @param requesterName who asked, as they signed
 * @param contact       how to reach them (an e-mail, a phone, an address), or null
 * @param dueOn         the last day to answer: {@link #dueOn(LocalDate)} of the day received, or
 *                      two months later once extended
 * @param handler       the username who answers it
 * @param outcome       the answer given, the reason for refusing, or the reason for extending
 * @param letterId      the reply letter drafted through the letters, or null
 */
public record RightsRequest(
        long id,
        RequestKind kind,
        Long customerId,
        String requesterName,
        String contact,
        RequestChannel channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        RequestStatus status,
        String handler,
        String details,
        String outcome,
        LocalDate closedOn,
        Long caseId,
        Long letterId,
        String createdBy,
        Instant createdAt,
        long version) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 320;
    public static final int MAX_TEXT = 4000;
    /** The extension the law allows for complex or numerous requests, on top of the first month. */
    public static final int EXTENSION_MONTHS = 2;

    /**
     * The last day to answer a request received on {@code receivedOn}: one month later, the same
     * day of the next month. When the next month has no such day (a request received on 31 January
     * or on 29, 30 or 31 of a month before a shorter one), the month ends on that month's last day:
     * 31 January gives 28 February (29 in a leap year), 31 March gives 30 April. This is how EU law
     * counts a period of months (Regulation 1182/71, article 3.2.c) and what
     * {@link LocalDate#plusMonths} does.
     */
    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** The last day once extended: two months after the first due date, counted from receipt. */
    public static LocalDate extendedDueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1 + EXTENSION_MONTHS);
    }

    /** Whether it still waits for an answer after its last day. */
    public boolean overdueOn(LocalDate today) {
        return status.pending() && dueOn.isBefore(today);
    }

    /** Whether it still waits and its last day is within {@code days} days of today (or past). */
    public boolean dueWithin(LocalDate today, int days) {
        return status.pending() && !dueOn.isAfter(today.plusDays(days));
    }

    /** Days left until the last day: 0 on the day itself, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
    }
}
