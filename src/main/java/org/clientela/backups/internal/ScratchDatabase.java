package org.clientela.backups.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.clientela.platform.MigrationFolders;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.HasMigrationFiles;
import org.springframework.modulith.runtime.flyway.MigrationFilter;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Empty databases with the application's schema, made the way the application makes its own (each
 * module's migrations, module by module): an embedded H2 in a folder of its own, where each backup
 * is restored to be verified, or any database a test or benchmark hands over.
 */
@Component
public class ScratchDatabase {

    private final ApplicationModuleIdentifiers modules;
    private final ObjectProvider<Flyway> flyway;

    ScratchDatabase(ApplicationModuleIdentifiers modules, ObjectProvider<Flyway> flyway) {
        this.modules = modules;
        this.flyway = flyway;
    }

    /**
     * Gives {@code dataSource}, an empty database or one {@linkplain #migrate(DataSource, Map) at
     * older versions}, the schema of every module as this version of Clientela has it.
     */
    public void migrate(DataSource dataSource) {
        new SpringModulithFlywayMigrationStrategy(
                        modules, new HasMigrationFiles(new PathMatchingResourcePatternResolver()))
                .migrate(configuration(dataSource).load());
    }

    /**
     * Gives {@code dataSource}, an empty database, the schema each module had at its version in
     * {@code versions} (module → version, as an archive's manifest records them), module after module
     * in the order the application migrates them; a module {@code versions} does not name is left
     * out, as an older version of Clientela without it would have. {@link #migrate(DataSource)}
     * then brings it up to date the way an update of that older installation would.
     */
    public void migrate(DataSource dataSource, Map<String, String> versions) {
        HasMigrationFiles hasFiles = new HasMigrationFiles(new PathMatchingResourcePatternResolver());
        modules.stream().map(Object::toString).filter(versions::containsKey).forEach(module -> {
            MigrationFilter onlyThis =
                    (id, flyway) -> id.toString().equals(module) && hasFiles.shouldMigrate(id, flyway);
            new SpringModulithFlywayMigrationStrategy(modules, onlyThis)
                    .migrate(configuration(dataSource)
                            .target(versions.get(module))
                            .load());
        });
    }

    /** The application's migrations for {@code dataSource}, with the scripts of its kind of database. */
    private FluentConfiguration configuration(DataSource dataSource) {
        Flyway application = flyway.getIfAvailable();
        FluentConfiguration configuration = application == null
                ? Flyway.configure(getClass().getClassLoader()).locations("classpath:db/migration")
                : Flyway.configure(getClass().getClassLoader()).configuration(application.getConfiguration());
        return configuration
                .dataSource(dataSource)
                .locations(MigrationFolders.withOwnScripts(configuration.getLocations(), dataSource));
    }

    /** An embedded H2 database in {@code folder}, with the schema, open until {@link H2#close()}. */
    public H2 h2(Path folder) {
        H2 h2 = emptyH2(folder);
        try {
            migrate(h2.dataSource());
        } catch (RuntimeException e) {
            h2.close();
            throw e;
        }
        return h2;
    }

    /** An embedded H2 database in {@code folder}, without any table yet, open until {@link H2#close()}. */
    public H2 emptyH2(Path folder) {
        try {
            Files.createDirectories(folder);
            Connection connection = DriverManager.getConnection(
                    "jdbc:h2:file:" + folder.toAbsolutePath().resolve("scratch")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "sa",
                    "");
            return new H2(folder, new SingleConnectionDataSource(connection, true));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a scratch database in " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scratch H2 database; closing it deletes its folder. */
    public record H2(Path folder, SingleConnectionDataSource dataSource) implements AutoCloseable {

        @Override
        public void close() {
            dataSource.destroy();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
