package org.clientela.satisfaction.internal.surveys;

/** Why a survey was not sent; each skip is recorded with one. */
public enum SkipReason {
    /** The customer stands in the lost register. */
    LOST,
    /** The customer asked not to be contacted (or not by phone, for a phone survey). */
    DO_NOT_CONTACT,
    /** The customer refused or withdrew their consent to surveys by that channel (e-mail or phone). */
    NO_CONSENT,
    /** NPS asks about the business as a whole: not while a case of theirs is open. */
    OPEN_CASE,
    /** Asked within the fatigue cap's days. */
    FATIGUE,
    /** Asked for NPS within its months. */
    NPS_INTERVAL,
    /** A link survey to a customer without an e-mail address. */
    NO_EMAIL,
    /** A link survey while no SMTP server is set, or the server refused it. */
    MAIL_FAILED
}
