package org.clientela.privacy.internal.consents;

import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.ContactPermission.Purpose;

/**
 * What stands now for one channel and purpose of a customer.
 *
 * @param legalBasis what a message would rest on: the recorded basis, or legitimate interest while
 *                   the customer was never asked
 * @param allowed    whether a message may go out ({@link ConsentStatus#allows()})
 * @param latest     the record it comes from; null when NOT_ASKED
 */
public record ConsentState(
        Channel channel,
        Purpose purpose,
        ConsentStatus status,
        LegalBasis legalBasis,
        boolean allowed,
        ConsentEntry latest) {

    /**
     * Nothing recorded: a customer or contact may be written to on legitimate interest; a prospect
     * not at all until they consent ({@link ConsentStatus#allows(Person.Kind)}).
     */
    static ConsentState notAsked(Person.Kind kind, Channel channel, Purpose purpose) {
        boolean allowed = ConsentStatus.NOT_ASKED.allows(kind);
        return new ConsentState(
                channel,
                purpose,
                ConsentStatus.NOT_ASKED,
                allowed ? LegalBasis.LEGITIMATE_INTEREST : LegalBasis.CONSENT,
                allowed,
                null);
    }

    static ConsentState of(ConsentEntry latest) {
        return new ConsentState(
                latest.channel(),
                latest.purpose(),
                latest.status(),
                latest.legalBasis(),
                latest.status().allows(),
                latest);
    }
}
