package org.clientela.backups.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.BusinessSettings;
import org.clientela.support.BrowserTest;
import org.clientela.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A business moves between the two databases the way its owner would (docs/backups.md, "Moving
 * from the embedded database to PostgreSQL"): on a Clientela running on H2, an admin backs up on
 * the backups page and downloads the archive; a second Clientela starts on a new, empty PostgreSQL
 * database, its admin restores that archive on its backups page, typing the business's name, signs
 * in again and finds the customers, as many as the first one had. Then the same way back, into a
 * third Clientela on a new H2 database. Every application runs in this JVM, on a port of its own.
 */
@ExtendWith(PostgresTestDatabase.class)
class MoveBetweenDatabasesBrowserTests extends BrowserTest {

    static final String SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("CLIENTELA_TEST_PG_PASSWORD", "");

    /** How long a backup (verified) or a restore may take on a loaded machine. */
    static final double SLOW_WORK_MS = 180_000;

    /** How long a page may take to load (each application compiles its templates on first use). */
    static final double NAVIGATION_MS = 60_000;

    @Autowired
    BeanFactory beans;

    @TempDir
    Path temp;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void backedUpOnH2RestoredOnANewPostgresAndBackFindsTheCustomers() throws Exception {
        CustomerFixtures customers = new CustomerFixtures(beans);
        customers.personWithEmail("Ana Mudanza " + marker, "ana." + marker + "@example.es");
        customers.personWithPhone("Beñat Mudanza " + marker, "+34 600 000 019");
        customers.personWithAddress("Carmen Mudanza " + marker, "C/ Mayor, 1", "Las Palmas", "35001");

        // Three applications in one JVM on a loaded machine: a first page of each may take a while.
        page.setDefaultNavigationTimeout(NAVIGATION_MS);
        signInAsAdmin();
        page.navigate("/customers");
        String total = page.locator("#customer-total").innerText();
        assertThat(found(page)).hasCount(3);
        Path fromH2 = backUpAndDownload(page, temp.resolve("from-h2.zip"));

        String database = "clientela_move_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        createDatabase(database);
        try (ConfigurableApplicationContext postgres = start(
                "--spring.datasource.url=" + SERVER + database,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD)) {
            Path fromPostgres;
            try (BrowserContext browser = newContext(postgres)) {
                Page there = signedIn(browser);
                there.navigate("/customers");
                assertThat(there.locator("#customer-total")).not().hasText(total);
                assertThat(found(there)).hasCount(0);

                restore(there, fromH2, businessName(postgres));
                Page again = signedIn(newContext(postgres, browser.browser()));
                again.navigate("/customers");
                assertThat(again.locator("#customer-total")).hasText(total);
                assertThat(found(again)).hasCount(3);
                assertThat(found(again).first()).hasText("Ana Mudanza " + marker);
                fromPostgres = backUpAndDownload(again, temp.resolve("from-postgres.zip"));
                again.context().close();
            }

            try (ConfigurableApplicationContext h2 = start("--spring.datasource.url=jdbc:h2:mem:clientela-move-"
                            + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
                    BrowserContext browser = newContext(h2)) {
                Page back = signedIn(browser);
                restore(back, fromPostgres, businessName(h2));
                back.navigate("/customers");
                assertThat(back.locator("#customer-total")).hasText(total);
                assertThat(found(back)).hasCount(3);
            }
        } finally {
            dropDatabase(database);
        }
    }

    /** The customers of this test the list finds by their marker. */
    private Locator found(Page on) {
        on.navigate("/customers?q=" + marker);
        return on.locator("#customer-table tbody tr td a", new Page.LocatorOptions().setHasText(marker));
    }

    /** "Back up now" on the backups page, then the newest backup's archive, downloaded. */
    private static Path backUpAndDownload(Page on, Path to) {
        on.navigate("/admin/backups");
        on.locator("#backups-now button").click(new Locator.ClickOptions().setTimeout(SLOW_WORK_MS));
        assertThat(on.locator(".alert[role=status]", new Page.LocatorOptions().setHasText("Copia hecha y comprobada")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW_WORK_MS));
        Locator newest = on.locator("#backups-table tbody tr").first();
        assertThat(newest.locator(".badge.text-bg-success")).isVisible();
        Download download = on.waitForDownload(() -> newest.locator("a").click());
        download.saveAs(to);
        return to;
    }

    /**
     * Restores {@code archive} on the backups page, typing {@code business}, and waits for the page's
     * answer: fails with the page's reason when the restore is refused.
     */
    private static void restore(Page on, Path archive, String business) {
        on.navigate("/admin/backups");
        on.locator("#archive").setInputFiles(archive);
        on.locator("#business").fill(business);
        on.locator("#backups-restore button[type=submit]").click(new Locator.ClickOptions().setTimeout(SLOW_WORK_MS));
        Locator answer = on.locator("#backups-restored, #backups-refused");
        assertThat(answer.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW_WORK_MS));
        assertThat(on.locator("#backups-refused")).hasCount(0);
        assertThat(on.locator("#backups-restored")).containsText("Se ha restaurado la copia");
    }

    /** Another Clientela in this JVM, on the test profile, a port and a data folder of its own. */
    private ConfigurableApplicationContext start(String... datasource) {
        String[] args = new String[datasource.length + 2];
        System.arraycopy(datasource, 0, args, 0, datasource.length);
        args[datasource.length] = "--server.port=0";
        args[datasource.length + 1] = "--clientela.data-dir=" + temp.resolve("data-" + UUID.randomUUID());
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .profiles("test")
                .run(args);
    }

    private BrowserContext newContext(ConfigurableApplicationContext application) {
        return newContext(application, page.context().browser());
    }

    private static BrowserContext newContext(ConfigurableApplicationContext application, Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + application.getEnvironment().getProperty("local.server.port"))
                .setLocale("es-ES")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(NAVIGATION_MS);
        return context;
    }

    /** A new page of {@code context}, signed in as the admin of the test profile. */
    private static Page signedIn(BrowserContext context) {
        Page there = context.newPage();
        there.navigate("/login");
        there.locator("#username").fill("admin");
        there.locator("#password").fill(ADMIN_PASSWORD);
        there.locator("form.card button[type=submit]").click();
        assertThat(there)
                .hasURL(java.util.regex.Pattern.compile("^https?://[^/]+/(customers|service|my-day)?(\\?.*)?$"));
        return there;
    }

    private static String businessName(ConfigurableApplicationContext application) {
        return application.getBean(BusinessSettings.class).value("business.name");
    }

    private static void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    private static void dropDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // A leftover database with a unique name harms nobody.
        }
    }
}
