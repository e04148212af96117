package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationTest
class ExclusiveRunsTests {

    @Autowired
    ExclusiveRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondInstanceSkipsWorkWhileTheFirstHoldsTheLease() {
        var other = new ExclusiveRuns(jdbc, transactions);
        AtomicBoolean innerRan = new AtomicBoolean();
        AtomicInteger outerRuns = new AtomicInteger();

        boolean ran = runs.runExclusively("test-lease-a", Duration.ofMinutes(5), () -> {
            outerRuns.incrementAndGet();
            innerRan.set(other.runExclusively("test-lease-a", Duration.ofMinutes(5), () -> {}));
        });

        assertThat(ran).isTrue();
        assertThat(outerRuns).hasValue(1);
        assertThat(innerRan)
                .as("the other instance ran while the lease was held")
                .isFalse();
        assertThat(other.runExclusively("test-lease-a", Duration.ofMinutes(5), () -> {}))
                .as("after the first instance released the lease")
                .isTrue();
    }

    @Test
    void aLeaseLeftByADeadInstanceExpires() {
        var dead = new ExclusiveRuns(jdbc, transactions);
        assertThat(dead.take("test-lease-b", Duration.ofMillis(-1))).isTrue();

        assertThat(runs.runExclusively("test-lease-b", Duration.ofMinutes(5), () -> {}))
                .isTrue();
    }

    @Test
    void aLeaseHeldByAnotherLiveInstanceIsNotTaken() {
        var alive = new ExclusiveRuns(jdbc, transactions);
        assertThat(alive.take("test-lease-c", Duration.ofMinutes(5))).isTrue();

        assertThat(runs.runExclusively("test-lease-c", Duration.ofMinutes(5), () -> {}))
                .isFalse();
    }
}
