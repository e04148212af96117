package org.clientela.imports.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientela.platform.AuditLog;
import org.clientela.platform.DatabaseKind;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports started from the page run in the background; their progress lives in the database, so
 * whichever instance serves the progress page sees it.
 *
 * <p>Long because starting, ending, the heartbeat,
 * the lease that finds dead instances and the progress reports are one job's life, guarded by the
 * same {@link ImportStatus} moves and the same instance identity.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long REPORT_EVERY_MS = 400;
    /** This instance, as the owner of the imports it runs; a new one at every start. */
    private final String instance = UUID.randomUUID().toString();

    private final JdbcClient jdbc;
    private final Importers importers;
    private final SpooledFile spool;
    private final TaskExecutor executor;
    private final JsonMapper json;
    private final Clock clock;
    private final DatabaseKind database;
    /** Progress is committed on its own, whatever transaction the importer has open meanwhile. */
    private final TransactionTemplate reports;

    ImportJobs(
            JdbcClient jdbc,
            Importers importers,
            SpooledFile spool,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
        this.reports = new TransactionTemplate(transactions);
        this.reports.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.importers = importers;
        this.spool = spool;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
    }

    /** Stores the upload, records the job and starts it; returns the job id at once. */
    public long start(ImportKind kind, String fileName, InputStream upload) {
        Path file = spool.store(upload, fileName);
        long bytes = file.toFile().length();
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_job (kind, file_name, file_bytes, status, phase, started_by, started_at, heartbeat_at,
                       owner)
                VALUES (:kind, :name, :bytes, 'RUNNING', 'CHECKING', :by, :now, :now, :owner)""")
                .param("owner", instance)
                .param("kind", kind.name())
                .param("name", fileName == null || fileName.isBlank() ? "upload.csv" : cut(fileName, 255))
                .param("bytes", bytes)
                .param("by", AuditLog.currentActor())
                .param("now", now)
                .update(key, "id");
        long id = key.getKey().longValue();
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, kind, file)));
        return id;
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = :id")
                .param("id", id)
                .query(mapper())
                .optional();
    }

    public List<ImportJob> latest(int limit) {
        return jdbc.sql("SELECT * FROM import_job ORDER BY started_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(mapper())
                .list();
    }

    /**
     * Keeps this instance's running jobs alive: their heartbeat is refreshed every
     * {@link ImportJob#HEARTBEAT} whatever phase they are in (a phase may report no progress for
     * long, such as the building of indexes at the end of a first load).
     */
    @Scheduled(fixedDelay = ImportJob.HEARTBEAT_MS)
    void heartbeat() {
        jdbc.sql("UPDATE import_job SET heartbeat_at = :now WHERE owner = :me AND status = 'RUNNING'")
                .param("now", Timestamp.from(clock.instant()))
                .param("me", instance)
                .update();
    }

    /**
     * Marks INTERRUPTED the running jobs whose instance has died: at start-up, on an embedded
     * database (whose file only this process can open) every running job, since none can be
     * this new instance's; and at start-up and every {@link ImportJob#HEARTBEAT} afterwards,
     * on any database, every running job of another instance whose heartbeat is older than its
     * {@link ImportJob#LEASE} (a live instance refreshes it several times within a lease). Nothing
     * of such a job was saved: an import writes whole or not at all.
     *
     * @return how many jobs were marked
     */
    int markInterrupted(boolean atStart) {
        Instant now = clock.instant();
        boolean anyOwner = atStart && embeddedDatabase();
        int marked = jdbc.sql("""
                UPDATE import_job SET status = 'INTERRUPTED', finished_at = :now
                 WHERE status IN (:from) AND (owner IS NULL OR owner <> :me)
                   AND (:anyOwner OR heartbeat_at < :expired)""")
                .param("from", ImportStatus.before(ImportStatus.INTERRUPTED))
                .param("now", Timestamp.from(now))
                .param("me", instance)
                .param("anyOwner", anyOwner)
                .param("expired", Timestamp.from(now.minus(ImportJob.LEASE)))
                .update();
        if (marked > 0) {
            log.warn("{} import job(s) marked interrupted: their instance stopped while they ran", marked);
        }
        return marked;
    }

    @EventListener(ApplicationStartedEvent.class)
    void markInterruptedAtStart() {
        markInterrupted(true);
    }

    @Scheduled(initialDelay = ImportJob.LEASE_MS, fixedDelay = ImportJob.HEARTBEAT_MS)
    void markInterruptedWhileRunning() {
        markInterrupted(false);
    }

    /** An embedded H2 database, whose file this process holds: no other instance can run a job on it. */
    private boolean embeddedDatabase() {
        return database.isH2();
    }

    private void run(long id, ImportKind kind, Path file) {
        try {
            ImportResult result = importers.run(kind, file, progress(id));
            int done = jdbc.sql("""
                    UPDATE import_job SET status = 'DONE', phase = NULL, rows_checked = :rows, rows_written = :rows,
                           created_count = :created, updated_count = :updated, unchanged_count = :unchanged,
                           heartbeat_at = :now, finished_at = :now
                     WHERE id = :id AND status IN (:from)""")
                    .param("from", ImportStatus.before(ImportStatus.DONE))
                    .param("rows", result.rows())
                    .param("created", result.created())
                    .param("updated", result.updated())
                    .param("unchanged", result.unchanged())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
            requireMoved(id, ImportStatus.DONE, done);
        } catch (ImportJobStateException e) {
            log.warn("Import job {} ended {} after it had become {}", id, e.to(), e.from());
        } catch (InvalidInputException e) {
            fail(id, e.errors());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", id, e);
            fail(id, List.of(InputError.atLine(0, "-", "imports.failed.unexpected")));
        } finally {
            spool.delete(file);
        }
    }

    /**
     * How far job {@code id} has come, written at most every {@value #REPORT_EVERY_MS} ms and
     * committed at once, in a transaction of its own: an importer reports from inside the
     * transaction that writes the file (the customer import does), whose changes nobody sees
     * before it commits, and the progress page and the heartbeat must not wait for that. The last
     * count of a phase is never skipped: the rows checked are what the writing is shown against.
     */
    ImportProgress progress(long id) {
        return new ImportProgress() {
            private long lastReport;
            private Phase lastPhase;
            private long unreported = -1;

            @Override
            public synchronized void advanced(Phase phase, long rows) {
                long now = System.currentTimeMillis();
                if (phase != lastPhase && unreported >= 0) {
                    save(lastPhase, unreported);
                }
                if (phase != lastPhase || now - lastReport >= REPORT_EVERY_MS) {
                    lastReport = now;
                    unreported = -1;
                    save(phase, rows);
                } else {
                    unreported = rows;
                }
                lastPhase = phase;
            }

            private void save(Phase phase, long rows) {
                reports.executeWithoutResult(status -> report(id, phase, rows));
            }
        };
    }

    private void report(long id, Phase phase, long rows) {
        jdbc.sql("UPDATE import_job SET phase = :phase, " + (phase == Phase.CHECKING ? "rows_checked" : "rows_written")
                        + " = :rows, heartbeat_at = :now WHERE id = :id AND status = 'RUNNING'")
                .param("phase", phase.name())
                .param("rows", rows)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    private void fail(long id, List<InputError> errors) {
        List<ImportJob.RowProblem> problems = errors.stream()
                .map(e -> new ImportJob.RowProblem(
                        e.line() == null ? 0 : e.line(),
                        e.field(),
                        e.messageKey(),
                        Arrays.stream(e.args())
                                .map(a -> (Object) String.valueOf(a))
                                .toList()))
                .toList();
        Instant now = clock.instant();
        int failed = jdbc.sql("""
                UPDATE import_job SET status = 'FAILED', phase = NULL, errors = :errors, heartbeat_at = :now,
                       finished_at = :now WHERE id = :id AND status IN (:from)""")
                .param("from", ImportStatus.before(ImportStatus.FAILED))
                .param("errors", json.writeValueAsString(problems))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        try {
            requireMoved(id, ImportStatus.FAILED, failed);
        } catch (ImportJobStateException e) {
            log.warn("Import job {} failed after it had become {}", id, e.from());
        }
    }

    /**
     * After a guarded UPDATE that moves job {@code id} to {@code to}: when it moved nothing, the job
     * was in a status that may not become {@code to}.
     *
     * @throws ImportJobStateException then
     */
    void requireMoved(long id, ImportStatus to, int updated) {
        if (updated == 0) {
            find(id).ifPresent(job -> job.status().requireCanBecome(to));
        }
    }

    private RowMapper<ImportJob> mapper() {
        return (rs, n) -> new ImportJob(
                rs.getLong("id"),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getString("phase"),
                rs.getLong("rows_checked"),
                rs.getLong("rows_written"),
                (Long) rs.getObject("created_count", Long.class),
                rs.getObject("updated_count", Long.class),
                rs.getObject("unchanged_count", Long.class),
                errors(rs.getString("errors")),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("heartbeat_at").toInstant(),
                rs.getTimestamp("finished_at") == null
                        ? null
                        : rs.getTimestamp("finished_at").toInstant());
    }

    private List<ImportJob.RowProblem> errors(String text) {
        return text == null ? List.of() : json.readValue(text, new TypeReference<List<ImportJob.RowProblem>>() {});
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
