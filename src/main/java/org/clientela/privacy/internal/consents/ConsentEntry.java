package org.clientela.privacy.internal.consents;

import java.time.Instant;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;

/**
 * One line of a customer's consent history, as recorded.
 *
 * @param recordedBy the user who recorded it; null when the customer did (the unsubscribe link)
 * @param textSha256 the SHA-256 (hex) of {@code text}, the version's identity
 */
public record ConsentEntry(
        long id,
        Channel channel,
        Purpose purpose,
        ConsentStatus status,
        LegalBasis legalBasis,
        ConsentSource source,
        Instant recordedAt,
        String recordedBy,
        String textSha256,
        String text) {}
