package org.clientela.service.internal.letters;

import java.util.Locale;
import org.clientela.platform.StateConflict;

/**
 * A move the letter's life does not allow now: sending a draft, approving an approved letter,
 * touching one that is being sent or went already (409). The API names the {@link #reason()}, as
 * it does for the other refusals of {@link LetterRefused}.
 */
public class LetterStateException extends StateConflict {

    private final LetterRefused.Reason reason;
    private final transient Object[] args;

    LetterStateException(Long id, LetterStatus from, LetterStatus to, Object... args) {
        super(
                "Letter " + id + " cannot go from " + from + " to " + to,
                from,
                to,
                problemType(reasonFor(from, to)),
                reasonFor(from, to).messageKey());
        this.reason = reasonFor(from, to);
        this.args = args;
    }

    /** Why, in the words a person reads: where the letter stands decides, then where it was asked to go. */
    static LetterRefused.Reason reasonFor(LetterStatus from, LetterStatus to) {
        return switch (from) {
            case SENT -> LetterRefused.Reason.ALREADY_SENT;
            case SENDING -> LetterRefused.Reason.BEING_SENT;
            case APPROVED -> LetterRefused.Reason.ALREADY_APPROVED;
            case DRAFT -> LetterRefused.Reason.NOT_APPROVED;
        };
    }

    private static String problemType(LetterRefused.Reason reason) {
        return "letter-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public LetterStatus from() {
        return (LetterStatus) super.from();
    }

    @Override
    public LetterStatus to() {
        return (LetterStatus) super.to();
    }

    public LetterRefused.Reason reason() {
        return reason;
    }

    public Object[] args() {
        return args;
    }

    @Override
    public Object[] messageArgs() {
        return args;
    }
}
