package org.clientela.platform.migrations;

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
            perModule.migrate(flyway);
        };
    }
}
