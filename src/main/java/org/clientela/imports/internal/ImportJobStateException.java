package org.clientela.imports.internal;

import org.clientela.platform.StateConflict;

/** A move an import job's life does not allow, such as ending a job that already ended. */
public class ImportJobStateException extends StateConflict {

    private final ImportStatus from;
    private final ImportStatus to;

    public ImportJobStateException(ImportStatus from, ImportStatus to) {
        super("An import job that is " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public ImportStatus from() {
        return from;
    }

    public ImportStatus to() {
        return to;
    }

    @Override
    public String problemType() {
        return "import-job-state";
    }

    @Override
    public String messageKey() {
        return "imports.job.state";
    }
}
