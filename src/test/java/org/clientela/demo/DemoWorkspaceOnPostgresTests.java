package org.clientela.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientela.customers.CustomerEraser;
import org.clientela.orders.OrderEraser;
import org.clientela.support.PostgresApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL is never filled at start (it is production), so this twin empties the shared test
 * database and runs the loader the start would run.
 */
@PostgresApplicationTest
@TestPropertySource(properties = "clientela.demo=true")
class DemoWorkspaceOnPostgresTests extends DemoWorkspaceTests {

    @Autowired
    DemoLoader loader;

    @Autowired
    DemoLosses losses;

    @Autowired
    DemoCases cases;

    @Autowired
    OrderEraser orders;

    @Autowired
    CustomerEraser customers;

    @Autowired
    TransactionTemplate transaction;

    @Override
    long startWithTheDemo() {
        assertThat(count("app_setting WHERE setting_key = 'demo.loaded'")).isZero();
        // Other tests share this database: clear what they left, as an empty first start would be.
        transaction.executeWithoutResult(status -> {
            orders.eraseAll();
            customers.eraseAll();
        });
        long auditBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry")
                .query(Long.class)
                .single();
        assertThat(loader.loadIfEmpty()).isTrue();
        assertThat(loader.loadIfEmpty()).isFalse();
        losses.run(null);
        cases.run(null);
        return auditBefore;
    }
}
