package org.clientela.platform.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.DatabaseKind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.ActiveModules;
import org.springframework.modulith.runtime.flyway.HasMigrationFiles;
import org.springframework.modulith.runtime.flyway.MigrationFilter;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

/**
 * Each module migrates its own tables: the scripts in {@code db/migration/<module>}, numbered by the
 * module alone, recorded in {@code flyway_schema_history_<module>}, module after module in the order
 * of their dependencies (Spring Modulith's module-aware Flyway). A module adds a migration without
 * looking at any other module's numbers, so nothing ever runs out of order; a module test migrates
 * only the modules it starts.
 *
 * <p>A script that only PostgreSQL can run (a column's collation, which H2 cannot parse) goes in
 * {@code db/postgresql/<module>}, numbered in the module's one sequence and recorded in the same
 * history, with a script of the same number in {@code db/h2/<module>} that does what H2 needs (often
 * nothing): each database reads its own folder beside {@code db/migration/<module>}, so both stand
 * at the same version of every module, which a backup records and a restore into either database
 * compares. Only for what makes one database faster, never for tables or columns the code relies
 * on: both databases must hold the same data in the same shape.
 *
 * <p>Databases made before this layout keep one shared history; {@link SharedHistorySplit} hands its
 * rows to the modules' histories once, before the first migration, so nothing runs twice.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    @Bean
    FlywayMigrationStrategy moduleByModuleMigration(ApplicationModuleIdentifiers modules, BeanFactory beans) {
        return strategy(modules, new ActiveModules(beans));
    }

    static FlywayMigrationStrategy strategy(ApplicationModuleIdentifiers modules, MigrationFilter active) {
        var perModule = new SpringModulithFlywayMigrationStrategy(
                modules, active.and(new HasMigrationFiles(new PathMatchingResourcePatternResolver())));
        return (Flyway flyway) -> {
            new SharedHistorySplit(flyway.getConfiguration()).split(modules);
            perModule.migrate(withScriptsOfThisDatabase(flyway));
        };
    }

    /** The folders of the scripts for one database; each module's are in a sub-folder of its name. */
    static final String POSTGRES_ONLY = "classpath:db/postgresql";

    static final String H2_ONLY = "classpath:db/h2";

    /**
     * {@code flyway} with the folder of this database's own scripts ({@link #POSTGRES_ONLY} or {@link
     * #H2_ONLY}) among its locations: the module-aware migration then reads {@code db/<database>/<module>}
     * beside {@code db/migration/<module>}.
     */
    private static Flyway withScriptsOfThisDatabase(Flyway flyway) {
        var configuration = flyway.getConfiguration();
        String own;
        try (Connection connection = configuration.getDataSource().getConnection()) {
            own = DatabaseKind.isPostgres(connection) ? POSTGRES_ONLY : H2_ONLY;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database to migrate", e);
        }
        List<String> locations = new ArrayList<>();
        for (Location location : configuration.getLocations()) {
            locations.add(location.getDescriptor());
        }
        locations.add(own);
        return Flyway.configure()
                .configuration(configuration)
                .locations(locations.toArray(String[]::new))
                .load();
    }
}
