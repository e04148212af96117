package org.clientela.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientela.imports.internal.ImportStatus.DONE;
import static org.clientela.imports.internal.ImportStatus.FAILED;
import static org.clientela.imports.internal.ImportStatus.INTERRUPTED;
import static org.clientela.imports.internal.ImportStatus.RUNNING;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The life of an import job: every move, allowed or refused. */
class ImportStatusTests {

    private static final Map<ImportStatus, Set<ImportStatus>> ALLOWED = Map.of(
            RUNNING, EnumSet.of(DONE, FAILED, INTERRUPTED),
            INTERRUPTED, EnumSet.of(DONE, FAILED),
            DONE, EnumSet.noneOf(ImportStatus.class),
            FAILED, EnumSet.noneOf(ImportStatus.class));

    @Test
    void aRunningJobEndsDoneFailedOrInterruptedAndAnInterruptedOneMayStillEndByItself() {
        for (ImportStatus from : ImportStatus.values()) {
            for (ImportStatus to : ImportStatus.values()) {
                assertThat(from.canBecome(to))
                        .as(from + " → " + to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aRefusedMoveThrowsAConflictNamingBothStatuses() {
        for (ImportStatus from : ImportStatus.values()) {
            for (ImportStatus to : ImportStatus.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    from.requireCanBecome(to);
                } else {
                    assertThatThrownBy(() -> from.requireCanBecome(to))
                            .isInstanceOfSatisfying(ImportJobStateException.class, e -> {
                                assertThat(e.from()).isEqualTo(from);
                                assertThat(e.to()).isEqualTo(to);
                                assertThat(e.problemType()).isEqualTo("import-job-state");
                                assertThat(e.messageKey()).isEqualTo("imports.job.state");
                            });
                }
            }
        }
    }

    @Test
    void theGuardOfEachUpdateListsExactlyTheStatusesThatMayMove() {
        assertThat(ImportStatus.before(DONE)).containsExactly("RUNNING", "INTERRUPTED");
        assertThat(ImportStatus.before(FAILED)).containsExactly("RUNNING", "INTERRUPTED");
        assertThat(ImportStatus.before(INTERRUPTED)).containsExactly("RUNNING");
        assertThat(ImportStatus.before(RUNNING)).isEmpty();
    }
}
