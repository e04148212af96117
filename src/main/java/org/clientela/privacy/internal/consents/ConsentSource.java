package org.clientela.privacy.internal.consents;

/** Where a consent came from. {@link #UNSUBSCRIBE_LINK} is recorded only by the link itself. */
public enum ConsentSource {
    /** A form the person filled in (on paper or on a web site). */
    FORM,
    /** A file imported into Clientela. */
    IMPORT,
    /** Said on the phone. */
    PHONE,
    /** Said in person. */
    IN_PERSON,
    /** Written in an e-mail. */
    EMAIL,
    /** The one-click unsubscribe link of one of our e-mails. */
    UNSUBSCRIBE_LINK;

    /** Whether a colleague may say a consent came from here (the link speaks for itself). */
    public boolean recordable() {
        return this != UNSUBSCRIBE_LINK;
    }
}
