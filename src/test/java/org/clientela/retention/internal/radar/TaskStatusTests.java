package org.clientela.retention.internal.radar;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientela.retention.internal.radar.SignalView.TaskStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move of a radar call, allowed and refused. */
class TaskStatusTests {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "OPEN, DONE, true", "OPEN, NOT_NEEDED, true", "OPEN, OPEN, false",
        "DONE, DONE, true", "DONE, NOT_NEEDED, false", "DONE, OPEN, false",
        "NOT_NEEDED, DONE, true", "NOT_NEEDED, NOT_NEEDED, false", "NOT_NEEDED, OPEN, false"
    })
    void knowsItsMoves(TaskStatus from, TaskStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }
}
