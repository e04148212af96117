package org.clientela.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.ClientelaApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.flyway.MigrationFilter;

/**
 * Module-by-module migrations on H2 and PostgreSQL: a new database gets one history per module with
 * every script applied once, and a database made under the old layout (one shared history, versions
 * V&lt;module&gt;_&lt;n&gt; run out of order) keeps its data, runs nothing twice and ends with the same
 * histories.
 */
class ModuleMigrationsTests {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__(.+)\\.sql");
    private static final ApplicationModuleIdentifiers MODULES =
            ApplicationModuleIdentifiers.of(ApplicationModules.of(ClientelaApplication.class));
    private static final String PG_SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    private static final List<String> postgresDatabases = new ArrayList<>();
    /** The newest script of each module when the modules still shared one history. */
    private static final java.util.Map<String, Integer> LAST_SHARED =
            java.util.Map.of("platform", 8, "customers", 3, "orders", 6, "imports", 2, "retention", 13, "service", 13);

    @TempDir
    Path oldLayout;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aNewDatabaseGetsOneHistoryPerModule(String engine) throws Exception {
        var jdbc = new JdbcTemplate(dataSource(engine));

        // In dependency order, or the orders module's first script would miss the customer table it refers to.
        migrateByModule(jdbc);

        for (String module : List.of("platform", "customers", "orders", "imports", "retention", "service")) {
            assertThat(applied(jdbc, "flyway_schema_history_" + module))
                    .as("scripts applied for %s", module)
                    .isEqualTo(scripts(module).size());
        }
        assertThat(tableExists(jdbc, "flyway_schema_history")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDatabaseOfTheSharedHistoryMovesToModuleHistoriesKeepingItsData(String engine) throws Exception {
        var dataSource = dataSource(engine);
        var jdbc = new JdbcTemplate(dataSource);
        writeOldLayout();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + oldLayout)
                .outOfOrder(true)
                .load()
                .migrate();
        jdbc.update("INSERT INTO product_category (name, name_key) VALUES ('Left by the old layout', 'left')");
        jdbc.update("""
                INSERT INTO audit_entry (occurred_at, actor, action, entity_type, words)
                VALUES (CURRENT_TIMESTAMP, 'ana', 'CASE_OPENED', 'case', ?)""", "[\"C-1\",{\"key\":\"case.priority.HIGH\"},{\"key\":\"promise.kind.CALL_BACK\"}]");
        jdbc.update("""
                INSERT INTO import_job (kind, file_name, file_bytes, status, errors, started_by, started_at, heartbeat_at)
                VALUES ('ORDERS', 'o.csv', 1, 'FAILED', ?, 'ana', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", "[{\"line\":2,\"column\":\"currency\",\"key\":\"import.order.currency\",\"args\":[]}]");
        int oldRows = applied(jdbc, "flyway_schema_history");

        migrateByModule(jdbc);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM product_category WHERE name = 'Left by the old layout'", Integer.class))
                .isEqualTo(1);
        int moved = 0;
        for (String module : List.of("platform", "customers", "orders", "imports", "retention", "service")) {
            int applied = applied(jdbc, "flyway_schema_history_" + module);
            assertThat(applied)
                    .as("scripts recorded for %s", module)
                    .isEqualTo(scripts(module).size());
            moved += LAST_SHARED.get(module);
        }
        assertThat(moved).isEqualTo(oldRows);
        // The words written under the old message keys read under the new ones.
        assertThat(jdbc.queryForObject("SELECT words FROM audit_entry", String.class))
                .isEqualTo(
                        "[\"C-1\",{\"key\":\"service.case.priority.HIGH\"},{\"key\":\"service.promise.kind.CALL_BACK\"}]");
        assertThat(jdbc.queryForObject("SELECT errors FROM import_job", String.class))
                .contains("\"key\":\"orders.import.currency\"");
        assertThat(tableExists(jdbc, "flyway_schema_history")).isFalse();
        assertThat(applied(jdbc, "flyway_schema_history_before_modules")).isEqualTo(oldRows);

        migrateByModule(jdbc);
        assertThat(applied(jdbc, "flyway_schema_history_service"))
                .isEqualTo(scripts("service").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachDatabaseRunsItsOwnScriptsAndBothStandAtTheSameVersion(String engine) throws Exception {
        var jdbc = new JdbcTemplate(dataSource(engine));
        boolean postgres = engine.equals("postgresql");
        List<String> postgresOnly = names(org.clientela.platform.MigrationFolders.POSTGRES_ONLY + "/sales/*.sql");
        List<String> h2Only = names(org.clientela.platform.MigrationFolders.H2_ONLY + "/sales/*.sql");
        assertThat(postgresOnly)
                .as("the sales module has a script for PostgreSQL alone")
                .isNotEmpty();
        // a backup records each module's version and a restore into the other database compares it
        assertThat(h2Only).isEqualTo(postgresOnly);

        migrateByModule(jdbc);

        assertThat(applied(jdbc, "flyway_schema_history_sales"))
                .isEqualTo(scripts("sales").size() + h2Only.size());
        // the one pair there now: the search terms compared byte by byte on PostgreSQL, nothing on H2
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM information_schema.columns
                         WHERE LOWER(table_name) = 'sales_prospect_search_term' AND LOWER(column_name) = 'term'
                           AND collation_name = 'C'""", Integer.class)).isEqualTo(postgres ? 1 : 0);
        migrateByModule(jdbc);
        assertThat(applied(jdbc, "flyway_schema_history_sales"))
                .isEqualTo(scripts("sales").size() + h2Only.size());
    }

    private static List<String> names(String pattern) throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources(pattern)).stream()
                .map(Resource::getFilename)
                .sorted()
                .toList();
    }

    private void migrateByModule(JdbcTemplate jdbc) {
        var flyway = Flyway.configure()
                .dataSource(jdbc.getDataSource())
                .locations("classpath:db/migration")
                .load();
        ModuleMigrations.strategy(MODULES, MigrationFilter.USE_ALL).migrate(flyway);
    }

    /** The scripts as the old layout named them: one folder, versions V<module number>_<n>. */
    private void writeOldLayout() throws IOException {
        List<String> modules = List.of("platform", "customers", "orders", "imports", "retention", "service");
        for (int m = 0; m < modules.size(); m++) {
            for (Resource script : scripts(modules.get(m))) {
                Matcher name = SCRIPT.matcher(script.getFilename());
                assertThat(name.matches()).as(script.getFilename()).isTrue();
                if (Integer.parseInt(name.group(1)) > LAST_SHARED.get(modules.get(m))) {
                    continue;
                }
                Path target = oldLayout.resolve("V" + (m + 1) + "_" + name.group(1) + "__" + name.group(2) + ".sql");
                try (InputStream in = script.getInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
    }

    private static List<Resource> scripts(String module) throws IOException {
        return List.of(new PathMatchingResourcePatternResolver()
                        .getResources("classpath:db/migration/" + module + "/*.sql"))
                .stream()
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    private static int applied(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE success = TRUE AND type <> 'BASELINE'"
                        + " AND version IS NOT NULL AND version <> '0'",
                Integer.class);
    }

    private static boolean tableExists(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?",
                        Integer.class,
                        table)
                > 0;
    }

    private static DriverManagerDataSource dataSource(String engine) throws SQLException {
        if (engine.equals("h2")) {
            return new DriverManagerDataSource(
                    "jdbc:h2:mem:migrations-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "");
        }
        String name = "clientela_migrations_" + ProcessHandle.current().pid() + "_" + postgresDatabases.size();
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
