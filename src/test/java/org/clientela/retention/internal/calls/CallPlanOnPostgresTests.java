package org.clientela.retention.internal.calls;

import org.clientela.support.ApplicationTest;
import org.clientela.support.PostgresTestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ApplicationTest
@ExtendWith(PostgresTestDatabase.class)
class CallPlanOnPostgresTests extends CallPlanTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
