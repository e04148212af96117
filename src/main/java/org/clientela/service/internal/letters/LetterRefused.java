package org.clientela.service.internal.letters;

/**
 * A step a letter's rules do not allow now, with the reason as a message key (bundle
 * {@code service}). The API answers with the status that fits the reason. The reasons that are
 * moves its life refuses (the 409s) come as {@link LetterStateException}; this class carries the
 * others (the author approving, no mail server, the server refusing).
 */
public class LetterRefused extends RuntimeException {

    /** Why a letter refused a step. */
    public enum Reason {
        /** Sending needs an approved letter. (409) */
        NOT_APPROVED("service.letters.refused.notApproved"),
        /** Approved already: nothing to approve. (409) */
        ALREADY_APPROVED("service.letters.refused.alreadyApproved"),
        /** Another request is sending it right now. (409) */
        BEING_SENT("service.letters.refused.beingSent"),
        /** A sent letter never changes. (409) */
        ALREADY_SENT("service.letters.refused.alreadySent"),
        /** The author cannot be the second person. (403) */
        OWN_LETTER("service.letters.refused.ownLetter"),
        /** No SMTP server is configured ({@code spring.mail.host}). (503) */
        MAIL_NOT_CONFIGURED("service.letters.refused.mailNotConfigured"),
        /** The SMTP server did not take the message; the letter stays approved. (502) */
        SEND_FAILED("service.letters.refused.sendFailed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    public LetterRefused(Reason reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = args;
    }

    public Reason reason() {
        return reason;
    }

    public Object[] args() {
        return args;
    }
}
