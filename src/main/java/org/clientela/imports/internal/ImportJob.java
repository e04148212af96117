package org.clientela.imports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An import started from the page, as stored in {@code import_job}.
 *
 * @param errors the bad rows, when the file was refused
 */
public record ImportJob(
        long id,
        ImportKind kind,
        String fileName,
        long fileBytes,
        ImportStatus status,
        String phase,
        long rowsChecked,
        long rowsWritten,
        Long created,
        Long updated,
        Long unchanged,
        List<RowProblem> errors,
        String startedBy,
        Instant startedAt,
        Instant heartbeatAt,
        Instant finishedAt) {

    /**
     * A running job's instance refreshes its heartbeat every {@link #HEARTBEAT}; one silent for
     * longer than its lease has died with its instance, even before anyone marks it so.
     */
    static final long HEARTBEAT_MS = 10_000;

    static final long LEASE_MS = 45_000;
    static final Duration HEARTBEAT = Duration.ofMillis(HEARTBEAT_MS);
    static final Duration LEASE = Duration.ofMillis(LEASE_MS);

    /** One bad row, as message key and arguments so that each reader sees it in their language. */
    public record RowProblem(long line, String column, String key, List<Object> args) {}

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    public boolean interrupted(Instant now) {
        return status == ImportStatus.INTERRUPTED
                || running() && heartbeatAt.plus(LEASE).isBefore(now);
    }

    /** Share of rows written, 0–100, once the rows are counted. */
    public int percentWritten() {
        return rowsChecked == 0 ? 0 : (int) Math.min(100, rowsWritten * 100 / rowsChecked);
    }
}
