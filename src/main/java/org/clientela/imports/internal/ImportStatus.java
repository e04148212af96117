package org.clientela.imports.internal;

/** Where an import stands. */
public enum ImportStatus {
    RUNNING, DONE, FAILED
}
