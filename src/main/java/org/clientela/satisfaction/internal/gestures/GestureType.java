package org.clientela.satisfaction.internal.gestures;

/** What the gesture was, within its kind. */
public enum GestureType {
    SMALL_EXTRA(GestureKind.SURPRISE),
    HANDWRITTEN_NOTE(GestureKind.SURPRISE),
    SAMPLE(GestureKind.SURPRISE),
    DISCOUNT(GestureKind.SURPRISE),
    /** We said sorry and put it right (a replacement, a refund, a visit). */
    WITH_REMEDY(GestureKind.APOLOGY),
    /** We said sorry; there was nothing to put right, or it could not be. */
    WITHOUT_REMEDY(GestureKind.APOLOGY);

    private final GestureKind kind;

    GestureType(GestureKind kind) {
        this.kind = kind;
    }

    public GestureKind kind() {
        return kind;
    }
}
