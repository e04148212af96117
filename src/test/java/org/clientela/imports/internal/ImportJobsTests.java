package org.clientela.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress of an import started from the page. The customer import reports how many rows it
 * has written from inside the one transaction that writes them; the progress page, served by any
 * instance on another connection, must see each report at once, and so must the heartbeat that
 * tells a running job from one whose instance died.
 */
@ApplicationTest
class ImportJobsTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void progressReportedFromInsideTheImportingTransactionIsSeenAtOnceFromAnotherConnection() {
        long id = runningJob();
        ImportProgress progress = jobs.progress(id);

        transaction.executeWithoutResult(status -> {
            progress.advanced(Phase.WRITING, 1234);
            assertThat(seenElsewhere(id))
                    .as("rows written, as another connection sees them")
                    .isEqualTo(1234);
        });
        assertThat(seenElsewhere(id)).isEqualTo(1234);
    }

    @Test
    void theLastCountOfThePhaseIsKeptEvenWhenItCameTooSoonAfterTheOneBefore() {
        long id = runningJob();
        ImportProgress progress = jobs.progress(id);

        progress.advanced(Phase.CHECKING, 1_000);
        progress.advanced(Phase.CHECKING, 93_000);
        progress.advanced(Phase.CHECKING, 100_000);
        progress.advanced(Phase.WRITING, 500);

        assertThat(saved(id))
                .as("written against every row checked, not against the last count that happened to be saved")
                .isEqualTo("100000/500 WRITING");
    }

    @Test
    void finishingIsSavedAtOnceWithEveryRowWritten() {
        long id = runningJob();
        ImportProgress progress = jobs.progress(id);

        progress.advanced(Phase.WRITING, 500);
        progress.advanced(Phase.FINISHING, 1_000);

        assertThat(saved(id)).isEqualTo("0/1000 FINISHING");
    }

    @Test
    void aJobWhoseInstanceDiedIsMarkedInterruptedAtTheNextStartAtOnce() {
        long id = runningJob();
        jdbc.sql(
                        "UPDATE import_job SET owner = 'killed-instance', phase = 'WRITING', rows_checked = 100, rows_written = 30"
                                + " WHERE id = :id")
                .param("id", id)
                .update();

        jobs.markInterrupted(true);

        ImportJob job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(job.finishedAt()).isNotNull();
        assertThat(job.interrupted(Instant.now()))
                .as("the page says so at once, not after the lease")
                .isTrue();
    }

    @Test
    void whileRunningOnlyAJobOfAnotherInstanceSilentForLongerThanItsLeaseIsMarkedInterrupted() {
        long silent = runningJob();
        long alive = runningJob();
        jdbc.sql("UPDATE import_job SET owner = 'other', heartbeat_at = :at WHERE id = :id")
                .param("id", silent)
                .param("at", Timestamp.from(Instant.now().minus(ImportJob.LEASE).minusSeconds(1)))
                .update();
        jdbc.sql("UPDATE import_job SET owner = 'other' WHERE id = :id")
                .param("id", alive)
                .update();

        jobs.markInterrupted(false);

        assertThat(jobs.find(silent).orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(jobs.find(alive).orElseThrow().status())
                .as("another instance's live job")
                .isEqualTo(ImportStatus.RUNNING);
    }

    @Test
    void theHeartbeatKeepsThisInstancesJobsAliveInAPhaseThatReportsNothing() {
        long id = jobs.start(ImportKind.ORDERS, "slow.csv", new java.io.ByteArrayInputStream(new byte[0]));
        Awaitility.await().until(() -> !jobs.find(id).orElseThrow().running());
        jdbc.sql("UPDATE import_job SET status = 'RUNNING', heartbeat_at = :at WHERE id = :id")
                .param("id", id)
                .param("at", Timestamp.from(Instant.now().minus(ImportJob.LEASE).minusSeconds(1)))
                .update();

        jobs.heartbeat();
        jobs.markInterrupted(false);

        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
        jdbc.sql("UPDATE import_job SET status = 'DONE' WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** The job's rows checked and written and its phase, as {@code checked/written PHASE}. */
    private String saved(long id) {
        return jdbc.sql("SELECT rows_checked, rows_written, phase FROM import_job WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + " " + rs.getString(3))
                .single();
    }

    private long runningJob() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_job (kind, file_name, file_bytes, status, phase, started_by, started_at, heartbeat_at)
                VALUES ('CUSTOMERS', 'big.csv', 1000, 'RUNNING', 'CHECKING', 'admin', CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP)""").update(key, "id");
        return key.getKey().longValue();
    }

    /** What a connection outside any transaction of this thread reads: committed rows only. */
    private long seenElsewhere(long id) {
        try (Connection other = dataSource.getConnection();
                PreparedStatement query = other.prepareStatement("SELECT rows_written FROM import_job WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
