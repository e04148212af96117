package org.clientela.imports.internal;

/** Where an import stands. INTERRUPTED: its instance died while it ran; nothing of it was saved. */
public enum ImportStatus {
    RUNNING, DONE, FAILED, INTERRUPTED
}
