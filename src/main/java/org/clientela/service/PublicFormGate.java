package org.clientela.service;

/**
 * The robot check of the public contact form, for other modules' public forms: a hidden field that
 * must stay empty, a minimum time to fill the form (the moment it was shown travels signed in the
 * form) and a few submissions per address and hour, counted together with the contact form's.
 */
public interface PublicFormGate {

    /** Why a submission was refused, or that it was not. */
    enum Verdict {
        ACCEPTED,
        ROBOT,
        TOO_FAST,
        TOO_MANY
    }

    /** A signed token of this moment, to put in the form when it is shown. */
    String issue();

    /**
     * Judges one submission from {@code clientAddress} and counts it against the address's hourly
     * allowance (refused ones too).
     */
    Verdict judge(String honeypot, String token, String clientAddress);
}
