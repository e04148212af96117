package org.clientela.satisfaction.internal.loyalty;

/** What a program's tiers are measured by, over the customer's last 12 months. */
public enum TierBasis {
    /** What the customer spent. */
    SPEND,
    /** How many orders the customer placed. */
    PURCHASES,
    /**
     * What the customer-base model expects the customer to be worth from now on (its newest fit),
     * so that a customer about to drift away is not kept at the top by past spend alone.
     */
    EXPECTED_VALUE
}
