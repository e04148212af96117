package org.clientela.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.clientela.ClientelaApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.flyway.MigrationFilter;

/**
 * Privacy's V30 (consent per person) on H2 and PostgreSQL, over a database holding consents made
 * before it: every record and every current state stays, now as the customer's; the current state
 * is keyed by the person, and a contact's or a prospect's record goes in beside a customer's with
 * the same id without clashing.
 */
class ConsentsPerPersonMigrationTests {

    private static final ApplicationModuleIdentifiers MODULES =
            ApplicationModuleIdentifiers.of(ApplicationModules.of(ClientelaApplication.class));
    private static final String PG_SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    private static final List<String> postgresDatabases = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void consentsRecordedBeforeStayTheCustomersOwn(String engine) throws Exception {
        var jdbc = new JdbcTemplate(dataSource(engine));
        migrate(jdbc, "20");
        jdbc.update("""
                INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, created_at, updated_at)
                VALUES ('M-1', 'PERSON', 'Antes', 'CUSTOMER', 'antes', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
        long customer = jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = 'M-1'", Long.class);
        jdbc.update(
                "INSERT INTO privacy_consent_text (sha256, body, first_used) VALUES ('abc', 'Texto', CURRENT_TIMESTAMP)");
        long text = jdbc.queryForObject("SELECT id FROM privacy_consent_text", Long.class);
        for (String status : List.of("GRANTED", "WITHDRAWN")) {
            jdbc.update("""
                    INSERT INTO privacy_consent_event (customer_id, channel, purpose, status, legal_basis, source, text_id,
                           recorded_at, recorded_by)
                    VALUES (?, 'EMAIL', 'MARKETING', ?, 'CONSENT', 'FORM', ?, CURRENT_TIMESTAMP, 'ana')""", customer, status, text);
        }
        long newest = jdbc.queryForObject("SELECT MAX(id) FROM privacy_consent_event", Long.class);
        jdbc.update("""
                INSERT INTO privacy_consent_current (customer_id, channel, purpose, status, event_id)
                VALUES (?, 'EMAIL', 'MARKETING', 'WITHDRAWN', ?)""", customer, newest);

        migrate(jdbc, null);

        assertThat(jdbc.queryForList(
                        "SELECT person_kind, person_id, customer_id, status FROM privacy_consent_event ORDER BY id"))
                .extracting(row -> row.get("person_kind") + "/" + row.get("person_id") + "/" + row.get("customer_id")
                        + "/" + row.get("status"))
                .containsExactly(
                        "CUSTOMER/" + customer + "/" + customer + "/GRANTED",
                        "CUSTOMER/" + customer + "/" + customer + "/WITHDRAWN");
        Map<String, Object> current = jdbc.queryForMap("""
                SELECT status, event_id FROM privacy_consent_current
                 WHERE person_kind = 'CUSTOMER' AND person_id = ? AND channel = 'EMAIL' AND purpose = 'MARKETING'""", customer);
        assertThat(current.get("status")).isEqualTo("WITHDRAWN");
        assertThat(((Number) current.get("event_id")).longValue()).isEqualTo(newest);

        // A contact with the customer's id number is another person: their state goes in beside.
        jdbc.update("""
                INSERT INTO privacy_consent_event (person_kind, person_id, customer_id, channel, purpose, status,
                       legal_basis, source, text_id, recorded_at)
                VALUES ('CONTACT', ?, ?, 'EMAIL', 'MARKETING', 'GRANTED', 'CONSENT', 'FORM', ?, CURRENT_TIMESTAMP)""", customer, customer, text);
        long contactEvent = jdbc.queryForObject("SELECT MAX(id) FROM privacy_consent_event", Long.class);
        jdbc.update("""
                INSERT INTO privacy_consent_current (person_kind, person_id, channel, purpose, status, event_id)
                VALUES ('CONTACT', ?, 'EMAIL', 'MARKETING', 'GRANTED', ?)""", customer, contactEvent);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM privacy_consent_current", Long.class))
                .isEqualTo(2);
        // The same person, channel and purpose twice is refused by the primary key.
        assertThatThrownBy(() -> jdbc.update("""
                        INSERT INTO privacy_consent_current (person_kind, person_id, channel, purpose, status, event_id)
                        VALUES ('CUSTOMER', ?, 'EMAIL', 'MARKETING', 'GRANTED', ?)""", customer, contactEvent))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        // A customer's record must name the customer it is about.
        assertThatThrownBy(() -> jdbc.update("""
                        INSERT INTO privacy_consent_event (person_kind, person_id, customer_id, channel, purpose, status,
                               legal_basis, source, text_id, recorded_at)
                        VALUES ('CUSTOMER', ?, NULL, 'EMAIL', 'MARKETING', 'GRANTED', 'CONSENT', 'FORM', ?, CURRENT_TIMESTAMP)""", customer, text))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    /**
     * With a target: every module but privacy in full, then privacy up to {@code target} alone (in its
     * own history, as the module-by-module migration keeps it). Without: everything, as at start.
     */
    private static void migrate(JdbcTemplate jdbc, String target) {
        var flyway = Flyway.configure()
                .dataSource(jdbc.getDataSource())
                .locations("classpath:db/migration")
                .load();
        if (target == null) {
            ModuleMigrations.strategy(MODULES, MigrationFilter.USE_ALL).migrate(flyway);
            return;
        }
        ModuleMigrations.strategy(MODULES, (module, f) -> !module.toString().equals("privacy"))
                .migrate(flyway);
        Flyway.configure()
                .dataSource(jdbc.getDataSource())
                .locations("classpath:db/migration/privacy")
                .table("flyway_schema_history_privacy")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target(target)
                .load()
                .migrate();
    }

    /**
     * The database, on one connection for H2: H2 2.4 evaluates a check constraint in the session
     * that created it, so once the migration's connection is closed while the database stays open,
     * every insert into that table fails with "Check constraint invalid … database has been closed"
     * (a fresh connection per statement, as {@link DriverManagerDataSource} gives, closes it at once;
     * the application's pool keeps its connections open).
     */
    private static DataSource dataSource(String engine) throws SQLException {
        if (engine.equals("h2")) {
            return new SingleConnectionDataSource(
                    "jdbc:h2:mem:consent-migration-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "",
                    true);
        }
        String name = "clientela_consent_migration_" + ProcessHandle.current().pid() + "_" + postgresDatabases.size();
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "")) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL not available: " + e.getMessage());
        }
        postgresDatabases.add(name);
        return new DriverManagerDataSource(PG_SERVER + name, PG_USER, "");
    }

    @AfterAll
    static void dropPostgresDatabases() throws SQLException {
        if (postgresDatabases.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "")) {
            for (String name : postgresDatabases) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
