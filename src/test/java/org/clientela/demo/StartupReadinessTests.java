package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /actuator/health/readiness} says UP only once the first admin exists and the demo business
 * is loaded, so that a client waiting for it can sign in at once; before that it answers 503. Seen
 * from inside the start: every readiness change is recorded with what the database held at that
 * moment, and a start-up task that runs after the demo's asks the endpoint.
 */
@ApplicationTest
@TestPropertySource(properties = "clientela.demo=true")
@Import(StartupObserver.class)
class StartupReadinessTests {

    @Autowired
    StartupObserver observer;

    @Autowired
    MockMvc mvc;

    @Test
    void readyOnlyAfterTheFirstAdminAndTheDemo() throws Exception {
        assertThat(observer.answersDuringStart)
                .as("readiness while start-up tasks run")
                .containsExactly(503);
        assertThat(observer.overallDuringStart)
                .as("the overall health includes readiness")
                .containsExactly(503);
        assertThat(observer.changes)
                .as("readiness changes")
                .filteredOn(seen -> seen.state() == ReadinessState.ACCEPTING_TRAFFIC)
                .first()
                .satisfies(ready -> {
                    assertThat(ready.admins()).as("the first admin").isEqualTo(1);
                    assertThat(ready.customers()).as("the demo's customers").isEqualTo(DemoLoader.CUSTOMERS);
                });

        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/liveness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
