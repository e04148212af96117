package org.clientela.satisfaction.internal.reviews;

/** A review planned when its project ends, then held once: what it found stays as it was said. */
public enum ReviewStatus {
    PENDING,
    HELD;

    public boolean canBecome(ReviewStatus next) {
        return this == PENDING && next == HELD;
    }
}
