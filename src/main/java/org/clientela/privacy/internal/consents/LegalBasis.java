package org.clientela.privacy.internal.consents;

/**
 * What the business rests on when it contacts a customer by a channel for a purpose (GDPR art. 6.1):
 * the person's {@link #CONSENT} (what a recorded grant is, unless said otherwise), the business's
 * {@link #LEGITIMATE_INTEREST} (what stands while the customer was never asked), or a
 * {@link #CONTRACT} that needs the contact (a subscription the customer signed up for).
 */
public enum LegalBasis {
    CONSENT,
    LEGITIMATE_INTEREST,
    CONTRACT
}
