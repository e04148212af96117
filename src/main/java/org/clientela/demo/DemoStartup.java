package org.clientela.demo;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * At start, after the first admin exists: a new embedded database gets the demo business when
 * {@code clientela.demo} is on. A PostgreSQL database never does: that is production. The load
 * stays inside this runner, not in a thread of its own: Spring Boot reports the application ready
 * ({@code /actuator/health/readiness} UP) only after the last runner returns, so nobody is told to
 * come in before the demo is there.
 */
@Component
@Order(10)
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final ClientelaSettings settings;
    private final DataSource dataSource;
    private final DemoLoader loader;

    DemoStartup(ClientelaSettings settings, DataSource dataSource, DemoLoader loader) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || !embedded()) {
            return;
        }
        try {
            loader.loadIfEmpty();
        } catch (DuplicateKeyException e) {
            log.info("Another instance is loading the demo business into this database");
        } catch (InvalidInputException e) {
            // The app is still usable empty; the errors say which generated rows the importer refused.
            log.error("The demo business could not be imported: {}", e.errors(), e);
        }
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
