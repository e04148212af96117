package org.clientela.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What {@link StartupReadinessTests} watches during the start: every readiness change with what the
 * database held at that moment, and the health endpoints asked by a start-up task that runs after the
 * demo's. A class of its own, imported by the classes of the demo-on-H2 configuration, so that they
 * share one application: nested in the test class, Spring would count it as that class's
 * configuration alone. It only records.
 */
@TestConfiguration
class StartupObserver {

    record Seen(ReadinessState state, long admins, long customers) {}

    final List<Seen> changes = new CopyOnWriteArrayList<>();
    final List<Integer> answersDuringStart = new CopyOnWriteArrayList<>();
    final List<Integer> overallDuringStart = new CopyOnWriteArrayList<>();

    @Bean
    Object readinessRecorder(JdbcClient jdbc) {
        return new Object() {
            @EventListener
            void on(AvailabilityChangeEvent<?> event) {
                if (event.getState() instanceof ReadinessState state) {
                    changes.add(
                            new Seen(state, count(jdbc, "app_user WHERE username = 'admin'"), count(jdbc, "customer")));
                }
            }
        };
    }

    /** The last start-up task, after the first admin and the whole demo (cases included). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner askDuringStart(ObjectProvider<MockMvc> mvc) {
        return args -> {
            answersDuringStart.add(mvc.getObject()
                    .perform(get("/actuator/health/readiness"))
                    .andReturn()
                    .getResponse()
                    .getStatus());
            overallDuringStart.add(mvc.getObject()
                    .perform(get("/actuator/health"))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        };
    }

    static long count(JdbcClient jdbc, String tableAndCondition) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }
}
