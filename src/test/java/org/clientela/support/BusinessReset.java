package org.clientela.support;

import org.clientela.customers.CustomerEraser;
import org.clientela.orders.OrderEraser;
import org.clientela.privacy.PrivacyEraser;
import org.clientela.retention.RetentionEraser;
import org.clientela.sales.SalesEraser;
import org.clientela.satisfaction.SatisfactionEraser;
import org.clientela.service.ServiceEraser;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the business before an {@link EmptyBusiness} class, instead of starting an application
 * (and a database) of its own for it: what the modules' erasers remove when the demo is wiped —
 * sales' prospects and campaigns, retention's figures, service's cases and promises, orders with their products, customers — and
 * besides the public promises and the import jobs, in one transaction. Users, settings, the audit
 * log and the migration histories stay, as the settings and the {@link TestClock} are put back by
 * the tests that change them; the clock is set back here as well, since a class that starts on an
 * empty business also starts at the present. No bean holds business data in memory, so emptying
 * the tables is all it takes.
 */
public final class BusinessReset implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        reset(SpringExtension.getApplicationContext(context));
    }

    /** Empties the business of {@code application}. */
    public static void reset(ApplicationContext application) {
        JdbcClient jdbc = application.getBean(JdbcClient.class);
        application.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            // Children before the rows they point at, as the demo wipe goes.
            application.getBean(PrivacyEraser.class).eraseAll();
            application.getBean(SatisfactionEraser.class).eraseAll();
            application.getBean(SalesEraser.class).eraseAll();
            application.getBean(RetentionEraser.class).eraseAll();
            application.getBean(ServiceEraser.class).eraseAll();
            jdbc.sql("DELETE FROM service_public_promise").update();
            application.getBean(OrderEraser.class).eraseAll();
            application.getBean(CustomerEraser.class).eraseAll();
            jdbc.sql("DELETE FROM import_job").update();
        });
        application.getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
    }
}
