package org.clientela.satisfaction.internal.loyalty;

/** Why a member's tier changed: on joining, up as soon as the value reaches it, down at a review. */
public enum TierMove {
    JOINED,
    UPGRADE,
    DOWNGRADE
}
