package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.clientela.platform.DatabaseKind;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A SQL slice: a {@code JdbcClient} on the test profile's own in-memory H2 database (PostgreSQL
 * mode, as the application runs it) with the schema of the Flyway migrations, and nothing else;
 * the test imports the class under test. {@link DatabaseKind} is there too, as SQL that differs
 * between the databases asks it. Each test runs in a transaction rolled back at its end.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JdbcTest
// The database of application-test.properties, not a plain H2 that knows nothing of PostgreSQL.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(DatabaseKind.class)
public @interface JdbcSliceTest {}
