package org.clientela.privacy.internal.consents;

import org.clientela.platform.ContactPermission.Person;

/**
 * Where a customer stands on one channel and purpose. {@link #NOT_ASKED} is never recorded: it is
 * what stands until something is, so that the records show who was never asked.
 */
public enum ConsentStatus {
    GRANTED,
    REFUSED,
    WITHDRAWN,
    NOT_ASKED;

    /**
     * Whether a message may go out under this status. A refusal or a withdrawal always stops it. A
     * customer never asked may be sent surveys and offers about the business's own products: they
     * bought from us, and the law lets a business write to its customers about similar products on
     * its legitimate interest as long as every message offers a free, simple way out (LSSI art.
     * 21.2), which every e-mail we send carries (the unsubscribe link).
     */
    public boolean allows() {
        return this == GRANTED || this == NOT_ASKED;
    }

    /**
     * Whether a message may go out to a person of this kind under this status: as {@link #allows()},
     * except that a prospect, or a person at a prospect, never asked may be sent nothing. A
     * prospect never bought from us, so the customers' legitimate interest (LSSI art. 21.2) does
     * not reach them: they must say yes first.
     */
    public boolean allows(Person.Kind kind) {
        return this == NOT_ASKED ? kind != Person.Kind.PROSPECT && kind != Person.Kind.PROSPECT_CONTACT : allows();
    }

    /** Whether a person may record this status (NOT_ASKED is the absence of a record). */
    public boolean recordable() {
        return this != NOT_ASKED;
    }
}
