package org.clientela.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
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
 */
public final class PostgresTestDatabase implements ExecutionCondition {

    private static final String SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CLIENTELA_TEST_PG_PASSWORD", "");

    private static String databaseName;
    private static int contexts;
    private static String unavailable;

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

    /** Another database of this run, named after the first one. */
    private static synchronized String create() {
        String name = databaseName + "_" + (++contexts);
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return name;
    }

    /**
     * Gives {@link PostgresApplicationTest} classes their database. The customizer is the same for
     * every class, so it leaves the context cache key alone: classes that agree on everything else
     * share one context, and the database is made only when that context is.
     */
    public static final class Customizers implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new NewDatabase();
        }
    }

    private record NewDatabase() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (database() == null) {
                throw new IllegalStateException("PostgreSQL not available: " + unavailable);
            }
            String name = create();
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

    /** The database that only told whether the server is there. */
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
