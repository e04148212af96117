package org.clientela.platform;

/** Told how far a long import has come, so a person can see it move. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, rowsDone) -> {
    };

    /**
     * The stages of an import: first every row is checked, then everything is written; a first
     * load finishes by building the indexes it left for the end, which takes a while on its own.
     */
    enum Phase {
        CHECKING, WRITING, FINISHING
    }

    void advanced(Phase phase, long rowsDone);
}
