package org.clientela.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A fresh PostgreSQL database for each test application context, created on the server at
 * 127.0.0.1:5432 (or {@code CLIENTELA_TEST_PG_URL}) when the context starts and dropped when it
 * closes — as each H2 context has its own in-memory database. Test classes of the same
 * configuration share the context, and so the database ({@link PostgresApplicationTest}). Without a
 * server the PostgreSQL tests are skipped on a developer's machine, and fail in CI ({@code CI=true}).
 *
 * <p>The migrations run once per JVM: the first context's migration strategy migrates this JVM's
 * template database (the one made to see whether the server is there), and every context's
 * database is then a copy of it ({@code CREATE DATABASE … TEMPLATE}), made just before the
 * context's own migration, which finds nothing left to do. A copy takes a fraction of the time of
 * the migrations and holds exactly what they leave (tables, indexes, the rows they insert, the
 * modules' histories), so each application starts on what a new installation has.
 */
public final class PostgresTestDatabase implements ExecutionCondition {

    private static final String SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CLIENTELA_TEST_PG_PASSWORD", "");

    private static String databaseName;
    private static int contexts;
    private static String unavailable;
    /** Whether {@link #databaseName}, the template, holds the migrations. */
    private static boolean migrated;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        database();
        if (unavailable == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL database " + databaseName);
        }
        if (requireInfrastructure()) {
            throw new IllegalStateException("PostgreSQL is required (CI=true) but " + unavailable);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not available: " + unavailable);
    }

    static boolean requireInfrastructure() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getProperty("clientela.require-infra"));
    }

    private static synchronized String database() {
        if (databaseName != null || unavailable != null) {
            return databaseName;
        }
        String name = "clientela_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            databaseName = name;
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::drop));
        } catch (SQLException e) {
            unavailable = "cannot create a database on " + SERVER + ": " + e.getMessage();
        }
        return databaseName;
    }

    /** The name of another database of this run, named after the first one; not made yet. */
    private static synchronized String nextName() {
        return databaseName + "_" + (++contexts);
    }

    /**
     * Makes {@code name} a copy of the migrated template, migrating the template first when no
     * context of this JVM has: {@code migration} runs a context's own migration strategy on the
     * database it is given the URL of.
     */
    private static synchronized void createFromTemplate(String name, boolean durable, Consumer<String> migration) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            if (!migrated) {
                statement.execute(withoutWaitingForTheDisk(databaseName));
                migration.accept(SERVER + databaseName);
                migrated = true;
            }
            // The template's connections are closed: Flyway's own, not pooled, end with each migration.
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + databaseName);
            if (!durable) {
                statement.execute(withoutWaitingForTheDisk(name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
    }

    /**
     * A commit on {@code database} returns before its WAL reaches the disk. What other sessions
     * see, and when, is the same (a commit is visible at once either way); only a crash of the
     * server could lose the last commits, which no test needs to survive. The tests commit many
     * small transactions, and on a loaded disk each flush took about 10 ms (2,000 one-row commits:
     * 20.9 s on, 0.7 s off, docs/benchmarks.md, "Test suite time"). A setting of the database,
     * which a copy does not inherit: set on each, except for a benchmark's, which measures what
     * production does.
     */
    private static String withoutWaitingForTheDisk(String database) {
        return "ALTER DATABASE " + database + " SET synchronous_commit = off";
    }

    /**
     * Gives {@link PostgresApplicationTest} classes their database. The customizer is the same for
     * every test class (a benchmark's differs, and benchmarks run on their own), so it leaves the
     * context cache key alone: classes that agree on everything else share one context, and the
     * database is made only when that context is.
     */
    public static final class Customizers implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new NewDatabase(testClass.getSimpleName().endsWith("Benchmark"));
        }
    }

    /** {@code durable}: commits wait for the disk, as in production (benchmarks). */
    private record NewDatabase(boolean durable) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (database() == null) {
                throw new IllegalStateException("PostgreSQL not available: " + unavailable);
            }
            String name = nextName();
            context.getBeanFactory().addBeanPostProcessor(new CopyOfTemplate(name, durable));
            // Dropped when the context closes, after its connection pool: dropped earlier (from a
            // JVM shutdown hook, which runs beside Spring's), the pool would wait for connections
            // to a database that is gone and hold the JVM's exit up.
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("postgresTestDatabase", () -> drop(name));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "postgresTestDatabase",
                            Map.of(
                                    "spring.datasource.url",
                                    SERVER + name + "?reWriteBatchedInserts=true",
                                    "spring.datasource.username",
                                    USER,
                                    "spring.datasource.password",
                                    PASSWORD)));
        }
    }

    /**
     * Makes the context's database, from the template, when the context is about to migrate it:
     * its connection pool opens the first connection only then. The context's own strategy then
     * runs on the copy and finds it up to date.
     */
    private record CopyOfTemplate(String name, boolean durable) implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof FlywayMigrationStrategy strategy)) {
                return bean;
            }
            return (FlywayMigrationStrategy) flyway -> {
                createFromTemplate(
                        name,
                        durable,
                        url -> strategy.migrate(
                                Flyway.configure(flyway.getConfiguration().getClassLoader())
                                        .configuration(flyway.getConfiguration())
                                        .dataSource(url, USER, PASSWORD)
                                        .load()));
                strategy.migrate(flyway);
            };
        }
    }

    /** The template, which first told whether the server is there. */
    private static void drop() {
        drop(databaseName);
    }

    private static void drop(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // The server may be gone already; the names are unique, so a leftover harms nobody.
        }
    }
}
