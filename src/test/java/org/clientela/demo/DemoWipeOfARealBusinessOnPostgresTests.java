package org.clientela.demo;

import org.clientela.support.PostgresApplicationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A PostgreSQL business, which never gets the demo at start even with {@code clientela.demo} on,
 * as in the attack that found the wipe erasing a real business.
 */
@PostgresApplicationTest
@TestPropertySource(properties = "clientela.demo=true")
class DemoWipeOfARealBusinessOnPostgresTests extends DemoWipeOfARealBusinessTests {
}
