package org.clientela.satisfaction.internal.gestures;

/** A gesture of goodwill: a surprise "just because", or an apology for something that went wrong. */
public enum GestureKind {
    SURPRISE,
    APOLOGY
}
