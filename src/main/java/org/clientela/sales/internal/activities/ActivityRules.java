package org.clientela.sales.internal.activities;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.TextInput;

/**
 * What a step must be before it is logged, every fault named by its field at once. Amounts and
 * reasons only where the kind carries them (an amount sent with a call is not kept); the moment no
 * later than a day from now (a time zone typed wrong, not a plan: plans are appointments) and not
 * before 1900 (a year typed wrong).
 */
public final class ActivityRules {

    /** A day's minutes: no step lasts longer. */
    public static final int MAX_MINUTES = 1440;
    /** As the note's column allows. */
    public static final int MAX_NOTE = 2000;
    /** As the call-back's note column allows. */
    public static final int MAX_NEXT_STEP_NOTE = 500;
    /** How far ahead of now a step may be dated. */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);
    /** No step before this. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** How far ahead an appointment may be agreed. */
    public static final Duration APPOINTMENT_HORIZON = Duration.ofDays(3660);
    /** NUMERIC(14, 2): twelve digits before the point. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private ActivityRules() {}

    /** The step checked against the moment {@code now}. @throws InvalidInputException naming each wrong field */
    public static CheckedActivity check(NewActivity input, Instant now) {
        List<InputError> errors = new ArrayList<>();
        ActivityKind kind = parse(ActivityKind.class, input.kind(), "kind", "sales.activity.kind.invalid", errors);
        Instant at = input.at() == null ? now : input.at();
        if (at.isAfter(now.plus(FUTURE_SLACK))) {
            errors.add(InputError.field("at", "sales.activity.at.future"));
        } else if (at.isBefore(EARLIEST)) {
            errors.add(InputError.field("at", "sales.activity.at.tooEarly"));
        }
        if (input.minutes() != null && (input.minutes() < 0 || input.minutes() > MAX_MINUTES)) {
            errors.add(InputError.field("minutes", "sales.activity.minutes.range", MAX_MINUTES));
        }
        BigDecimal amount = null;
        LostReason reason = null;
        Instant appointmentAt = null;
        if (kind != null && kind.needsAmount()) {
            amount = input.amount();
            if (amount == null) {
                errors.add(InputError.field("amount", "sales.activity.amount.required"));
            } else if (amount.signum() < 0
                    || amount.compareTo(MAX_AMOUNT) > 0
                    || amount.stripTrailingZeros().scale() > 2) {
                errors.add(InputError.field("amount", "sales.activity.amount.invalid"));
            }
        }
        if (kind == ActivityKind.LOST) {
            if (input.reason() == null || input.reason().isBlank()) {
                errors.add(InputError.field("reason", "sales.activity.reason.required"));
            } else {
                reason = parse(LostReason.class, input.reason(), "reason", "sales.activity.reason.invalid", errors);
            }
        }
        if (kind == ActivityKind.APPOINTMENT && input.appointmentAt() != null) {
            appointmentAt = input.appointmentAt();
            if (appointmentAt.isBefore(EARLIEST) || appointmentAt.isAfter(now.plus(APPOINTMENT_HORIZON))) {
                errors.add(InputError.field("appointmentAt", "sales.activity.appointmentAt.range"));
            }
        }
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        TextInput.check(errors, "note", note, MAX_NOTE, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CheckedActivity(kind, at, input.minutes(), amount, reason, appointmentAt, note);
    }

    /**
     * The call-back scheduled with a step of {@code kind}: in the future, within the appointments'
     * horizon, and not after a win or a loss. @throws InvalidInputException naming each wrong field
     */
    public static void checkNextStep(NextStep next, ActivityKind kind, Instant now) {
        List<InputError> errors = new ArrayList<>();
        if (next.at() == null) {
            errors.add(InputError.field("nextStepAt", "sales.activity.nextStep.required"));
        } else if (!next.at().isAfter(now)) {
            errors.add(InputError.field("nextStepAt", "sales.activity.nextStep.past"));
        } else if (next.at().isAfter(now.plus(APPOINTMENT_HORIZON))) {
            errors.add(InputError.field("nextStepAt", "sales.activity.appointmentAt.range"));
        }
        if (kind != null && kind.decides()) {
            errors.add(InputError.field("nextStepAt", "sales.activity.nextStep.decided"));
        }
        TextInput.check(errors, "nextStepNote", next.note(), MAX_NEXT_STEP_NOTE, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String text, String field, String key, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(InputError.field(field, key, ""));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(InputError.field(field, key, text.length() > 40 ? text.substring(0, 40) : text));
            return null;
        }
    }

    /** A step that passed the rules. */
    public record CheckedActivity(
            ActivityKind kind,
            Instant at,
            Integer minutes,
            BigDecimal amount,
            LostReason reason,
            Instant appointmentAt,
            String note) {}
}
