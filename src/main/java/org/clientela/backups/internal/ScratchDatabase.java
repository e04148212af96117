package org.clientela.backups.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.HasMigrationFiles;
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

    /** Gives {@code dataSource}, an empty database, the schema of every module. */
    public void migrate(DataSource dataSource) {
        Flyway application = flyway.getIfAvailable();
        var configuration = application == null
                ? Flyway.configure(getClass().getClassLoader()).locations("classpath:db/migration")
                : Flyway.configure(getClass().getClassLoader()).configuration(application.getConfiguration());
        Flyway scratch = configuration.dataSource(dataSource).load();
        new SpringModulithFlywayMigrationStrategy(
                        modules, new HasMigrationFiles(new PathMatchingResourcePatternResolver()))
                .migrate(scratch);
    }

    /** An embedded H2 database in {@code folder}, with the schema, open until {@link H2#close()}. */
    public H2 h2(Path folder) {
        try {
            Files.createDirectories(folder);
            Connection connection = DriverManager.getConnection(
                    "jdbc:h2:file:" + folder.toAbsolutePath().resolve("scratch")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "sa",
                    "");
            H2 h2 = new H2(folder, new SingleConnectionDataSource(connection, true));
            migrate(h2.dataSource());
            return h2;
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
