package org.clientela.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for each test context, created on the server at 127.0.0.1:5432
 * (or {@code CLIENTELA_TEST_PG_URL}) and dropped when the JVM ends, so that figures over the whole
 * database (segments, concentration, the model) see only their own test's rows — as each H2 test
 * context has its own in-memory database. Without a server the PostgreSQL tests are skipped on a
 * developer's machine, and fail in CI ({@code CI=true}).
 */
public final class PostgresTestDatabase implements ExecutionCondition {

    private static final String SERVER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CLIENTELA_TEST_PG_PASSWORD", "");

    private static String databaseName;
    private static int contexts;
    private static final java.util.List<String> created = new java.util.ArrayList<>();
    private static String unavailable;

    /** Spring properties pointing at a new database of the context being made. */
    public static void register(DynamicPropertyRegistry registry) {
        database();
        String name = unavailable == null ? create() : null;
        registry.add("spring.datasource.url", () -> SERVER + name + "?reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

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
            created.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return name;
    }

    private static void drop() {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } catch (SQLException e) {
            // The server may be gone already; the names are unique, so a leftover harms nobody.
        }
    }
}
