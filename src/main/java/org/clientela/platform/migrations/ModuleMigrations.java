package org.clientela.platform.migrations;

import org.clientela.platform.MigrationFolders;
import org.flywaydb.core.Flyway;
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

    /**
     * {@code flyway} with the folder of this database's own scripts among its locations ({@link
     * MigrationFolders}): the module-aware migration then reads {@code db/<database>/<module>} beside
     * {@code db/migration/<module>}.
     */
    private static Flyway withScriptsOfThisDatabase(Flyway flyway) {
        var configuration = flyway.getConfiguration();
        return Flyway.configure()
                .configuration(configuration)
                .locations(MigrationFolders.withOwnScripts(configuration.getLocations(), configuration.getDataSource()))
                .load();
    }
}
