package org.clientela.privacy.internal.erasure;

/**
 * Where a customer stands with privacy: active (the default), blocked (hidden from every page and
 * list, kept only for legal claims, LOPDGDD art. 32) and anonymised (their words gone for good).
 * Each move goes forward only.
 */
public enum ErasureStep {
    ACTIVE,
    BLOCKED,
    ANONYMISED;

    /** Whether a customer standing here may move to {@code next}. */
    public boolean canBecome(ErasureStep next) {
        return next.ordinal() > ordinal();
    }
}
