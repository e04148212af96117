package org.clientela.privacy.internal.consents;

import org.clientela.platform.ContactPermission.Channel;
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

    static ConsentState notAsked(Channel channel, Purpose purpose) {
        return new ConsentState(
                channel,
                purpose,
                ConsentStatus.NOT_ASKED,
                LegalBasis.LEGITIMATE_INTEREST,
                ConsentStatus.NOT_ASKED.allows(),
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
