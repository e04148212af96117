package org.clientela.imports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An import started from the page, as stored in {@code import_job}.
 *
 * @param errors the bad rows, when the file was refused
 */
public record ImportJob(long id, ImportKind kind, String fileName, long fileBytes, ImportStatus status, String phase,
        long rowsChecked, long rowsWritten, Long created, Long updated, Long unchanged, List<RowProblem> errors,
        String startedBy, Instant startedAt, Instant heartbeatAt, Instant finishedAt) {

    /** A job whose instance stopped sending news has died with it. */
    static final Duration SILENCE = Duration.ofMinutes(5);

    /** One bad row, as message key and arguments so that each reader sees it in their language. */
    public record RowProblem(long line, String column, String key, List<Object> args) {
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    public boolean interrupted(Instant now) {
        return running() && heartbeatAt.plus(SILENCE).isBefore(now);
    }

    /** Share of rows written, 0–100, once the rows are counted. */
    public int percentWritten() {
        return rowsChecked == 0 ? 0 : (int) Math.min(100, rowsWritten * 100 / rowsChecked);
    }
}
