package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole application, with MockMvc, on PostgreSQL. Like the H2 {@link ApplicationTest}, classes
 * with the same configuration share one application and one database, made once per JVM; a class
 * with its own configuration (an import, a property) gets an application and a database of its own.
 * Without a server these tests are skipped on a developer's machine and fail in CI ({@code CI=true}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApplicationTest
@ExtendWith(PostgresTestDatabase.class)
@ContextCustomizerFactories(PostgresTestDatabase.Customizers.class)
public @interface PostgresApplicationTest {}
