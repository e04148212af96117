package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A SQL slice: a {@code JdbcClient} on the test profile's own in-memory H2 database (PostgreSQL
 * mode, as the application runs it) with the schema of the Flyway migrations, and nothing else;
 * the test imports the class under test. Each test runs in a transaction rolled back at its end.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JdbcTest
// The database of application-test.properties, not a plain H2 that knows nothing of PostgreSQL.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
public @interface JdbcSliceTest {}
