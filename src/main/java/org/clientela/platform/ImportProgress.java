package org.clientela.platform;

/** Told how far a long import has come, so a person can see it move. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, rowsDone) -> {};

    /**
     * The stages of an import: first every row is checked, then everything is written; a first
     * load finishes by building the indexes it left for the end, which takes a while on its own.
     * An import written in committed parts (the order import on H2) writes them aside while it
     * checks, then switches them in once the whole file is good (SWITCHING, rows counted again).
     */
    enum Phase {
        CHECKING,
        WRITING,
        FINISHING,
        SWITCHING
    }

    void advanced(Phase phase, long rowsDone);
}
