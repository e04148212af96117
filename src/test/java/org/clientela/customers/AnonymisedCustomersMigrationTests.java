package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Customers anonymised before {@code customer.anonymised_at} existed (customers V6) are marked by
 * the migration, so they too read in the reader's language: those whose name is exactly the
 * marker with their own id, and nobody else (H2 and PostgreSQL).
 */
class AnonymisedCustomersMigrationTests {

    private static final String PG_SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void marksTheCustomersWhoseNameIsTheirMarker(String engine) throws Exception {
        String database = "clientela_anonymised_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        DataSource dataSource = dataSource(engine, database);
        try {
            migrate(dataSource, "platform", null);
            migrate(dataSource, "customers", "5");
            var jdbc = new JdbcTemplate(dataSource);
            for (Object[] row : new Object[][] {
                {17L, "Cliente anonimizado 17"}, {18L, "Cliente anonimizado 17"}, {19L, "Ana Cliente anonimizado 19"}
            }) {
                jdbc.update("""
                        INSERT INTO customer (id, customer_number, kind, name, lifecycle_status, sort_name, created_at,
                                              updated_at)
                        VALUES (?, ?, 'PERSON', ?, 'CUSTOMER', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", row[0], "C-" + row[0], row[1]);
            }

            migrate(dataSource, "customers", null);

            assertThat(jdbc.queryForList("SELECT id FROM customer WHERE anonymised_at IS NOT NULL", Long.class))
                    .containsExactly(17L);
        } finally {
            if (engine.equals("postgresql")) {
                drop(database);
            }
        }
    }

    /** One module's migrations in its own history, as the application runs them, up to {@code target}. */
    private static void migrate(DataSource dataSource, String module, String target) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_schema_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private static DataSource dataSource(String engine, String database) {
        if (engine.equals("h2")) {
            return new DriverManagerDataSource(
                    "jdbc:h2:mem:" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "");
        }
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not available: " + e.getMessage());
        }
        return new DriverManagerDataSource(PG_SERVER + database, PG_USER, "");
    }

    private static void drop(String database) {
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            // A leftover database with a unique name harms nobody.
        }
    }
}
