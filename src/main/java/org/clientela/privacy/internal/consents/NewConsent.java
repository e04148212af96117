package org.clientela.privacy.internal.consents;

import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;

/**
 * What a colleague records: the customer's answer on one channel and purpose, where it came from,
 * on what basis, and the exact words the customer was shown (stored as given, once per version).
 *
 * @param legalBasis null: {@link LegalBasis#CONSENT}
 */
public record NewConsent(
        Channel channel,
        Purpose purpose,
        ConsentStatus status,
        LegalBasis legalBasis,
        ConsentSource source,
        String text) {

    /** The longest text shown that is kept (a consent clause, not a whole privacy policy). */
    public static final int TEXT_MAX = 4000;

    public LegalBasis basis() {
        return legalBasis == null ? LegalBasis.CONSENT : legalBasis;
    }
}
