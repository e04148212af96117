package org.clientela.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.clientela.platform.Role;
import org.clientela.platform.SharedValues;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.SalesHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo business through the ordinary importers, so the demo
 * data passes the same checks as a customer's own files and leaves the same audit entries. The
 * demo's customer owners become users (role SALES, a password nobody knows until an admin sets one),
 * so the radar's calls and the service cases they own are in someone's day.
 */
@Service
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final int CUSTOMERS = 300;
    private static final long SEED = 2026;

    private final CustomerImporter customerImporter;
    private final OrderImporter orderImporter;
    private final CustomerDirectory directory;
    private final SharedValues settings;
    private final DemoState state;
    private final Clock clock;
    private final UserDirectory users;
    private final DemoSales sales;

    DemoLoader(
            CustomerImporter customerImporter,
            OrderImporter orderImporter,
            CustomerDirectory directory,
            SharedValues settings,
            DemoState state,
            Clock clock,
            UserDirectory users,
            DemoSales sales) {
        this.users = users;
        this.sales = sales;
        this.customerImporter = customerImporter;
        this.orderImporter = orderImporter;
        this.directory = directory;
        this.settings = settings;
        this.state = state;
        this.clock = clock;
    }

    /**
     * Loads the demo unless the database has customers or the demo was ever loaded into it. The
     * {@code demo.loaded} row is claimed first, in the same transaction as the import: of several
     * instances starting together on one database, one loads and the others fail on the taken row
     * with {@link org.springframework.dao.DuplicateKeyException}, which rolls back their attempt.
     *
     * @return whether this call loaded it
     */
    @Transactional
    public boolean loadIfEmpty() {
        if (directory.count() > 0 || settings.get(DemoState.LOADED).isPresent()) {
            return false;
        }
        settings.add(DemoState.LOADED, "true");
        Path folder = null;
        try {
            folder = Files.createTempDirectory("clientela-demo");
            Path customersCsv = folder.resolve("customers.csv");
            Path ordersCsv = folder.resolve("orders.csv");
            DemoFiles.Written written =
                    DemoFiles.write(new DemoBusiness(SEED, LocalDate.now(clock)), CUSTOMERS, customersCsv, ordersCsv);
            ImportResult customers = customerImporter.importCsv(customersCsv, ImportProgress.NONE);
            ImportResult orders = orderImporter.importCsv(ordersCsv, ImportProgress.NONE);
            long salesStarted = System.nanoTime();
            SalesHistory.Loaded prospecting = sales.load(SEED);
            long salesMillis = (System.nanoTime() - salesStarted) / 1_000_000;
            for (String owner : DemoPeople.OWNERS) {
                users.ensure(owner, Character.toUpperCase(owner.charAt(0)) + owner.substring(1), Role.SALES);
            }
            state.set(true);
            log.info(
                    "Loaded the demo business: {} customers, {} orders ({} lines); {} prospects with {} sales steps"
                            + " in {} ms",
                    customers.created(),
                    orders.created(),
                    written.lines(),
                    prospecting.prospects(),
                    prospecting.activities(),
                    salesMillis);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.debug("Could not delete {}", folder, e);
        }
    }
}
