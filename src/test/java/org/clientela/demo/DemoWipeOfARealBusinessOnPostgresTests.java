package org.clientela.demo;

import org.clientela.support.ApplicationTest;
import org.clientela.support.PostgresTestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A PostgreSQL business, which never gets the demo at start even with {@code clientela.demo} on,
 * as in the attack that found the wipe erasing a real business.
 */
@ApplicationTest
@ExtendWith(PostgresTestDatabase.class)
@TestPropertySource(properties = "clientela.demo=true")
class DemoWipeOfARealBusinessOnPostgresTests extends DemoWipeOfARealBusinessTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
