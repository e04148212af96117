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
 * A fresh PostgreSQL database for this test run, created on the server at 127.0.0.1:5432 (or
 * {@code CLIENTELA_TEST_PG_URL}) and dropped when the JVM ends. Without a server the PostgreSQL
 * tests are skipped on a developer's machine, and fail in CI ({@code CI=true}).
 */
public final class PostgresTestDatabase implements ExecutionCondition {

    private static final String SERVER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CLIENTELA_TEST_PG_PASSWORD", "");

    private static String databaseName;
    private static String unavailable;

    /** Spring properties pointing at this run's database. */
    public static void register(DynamicPropertyRegistry registry) {
        String name = database();
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

    private static void drop() {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } catch (SQLException e) {
            // The server may be gone already; the name is unique, so a leftover harms nobody.
        }
    }
}
