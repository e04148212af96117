package org.clientela.imports.internal;

import org.clientela.platform.StateConflict;

/** A move an import job's life does not allow, such as ending a job that already ended. */
public class ImportJobStateException extends StateConflict {

    public ImportJobStateException(ImportStatus from, ImportStatus to) {
        super(
                "An import job that is " + from + " cannot become " + to,
                from,
                to,
                "import-job-state",
                "imports.job.state");
    }
}
