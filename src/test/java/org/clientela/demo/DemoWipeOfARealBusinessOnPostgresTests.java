package org.clientela.demo;

import org.clientela.support.PostgresApplicationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A PostgreSQL business, which never gets the demo at start even with {@code clientela.demo} on,
 * as in the attack that found the wipe erasing a real business. Its database must never have had
 * the demo, so it does not share the one of the other demo tests (the second property only sets
 * its configuration apart).
 */
@PostgresApplicationTest
@TestPropertySource(properties = {"clientela.demo=true", "clientela.test.database=real-business"})
class DemoWipeOfARealBusinessOnPostgresTests extends DemoWipeOfARealBusinessTests {}
