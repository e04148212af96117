package org.clientela.demo;

import java.util.Map;
import org.clientela.customers.CustomerEraser;
import org.clientela.orders.OrderEraser;
import org.clientela.platform.AuditLog;
import org.clientela.privacy.PrivacyEraser;
import org.clientela.retention.RetentionEraser;
import org.clientela.sales.SalesEraser;
import org.clientela.satisfaction.SatisfactionEraser;
import org.clientela.service.ServiceEraser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Empties the workspace so the business can start with its own data: consents and rights requests, sales' prospects and
 * campaigns, what retention and service know, then orders (they point at customers), then customers; the banner goes, and one audit
 * entry says how much went. Only while the demo's marker says the demo is showing, checked with the
 * marker's row locked for the whole wipe: a business that never had the demo, or already wiped it,
 * is refused with {@link DemoNotShowing} and nothing is deleted. While the demo shows, everything
 * goes — customers, orders, products, cases, promises, retention figures — including what a user
 * added on top of the demo (the confirmation says so).
 */
@Service
class DemoWipe {

    private final PrivacyEraser privacy;
    private final SatisfactionEraser satisfaction;
    private final SalesEraser sales;
    private final RetentionEraser retention;
    private final ServiceEraser service;
    private final OrderEraser orders;
    private final CustomerEraser customers;
    private final DemoState state;
    private final AuditLog audit;

    DemoWipe(
            PrivacyEraser privacy,
            SatisfactionEraser satisfaction,
            SalesEraser sales,
            RetentionEraser retention,
            ServiceEraser service,
            OrderEraser orders,
            CustomerEraser customers,
            DemoState state,
            AuditLog audit) {
        this.privacy = privacy;
        this.satisfaction = satisfaction;
        this.sales = sales;
        this.retention = retention;
        this.service = service;
        this.orders = orders;
        this.customers = customers;
        this.state = state;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void wipe() {
        if (!state.showingLocked()) {
            throw new DemoNotShowing();
        }
        privacy.eraseAll();
        satisfaction.eraseAll();
        sales.eraseAll();
        retention.eraseAll();
        service.eraseAll();
        long orderCount = orders.eraseAll();
        long customerCount = customers.eraseAll();
        state.set(false);
        audit.record(
                "DEMO_WIPED",
                "demo",
                null,
                "Demo wiped: " + customerCount + " customers, " + orderCount + " orders",
                null,
                Map.of("customers", customerCount, "orders", orderCount),
                customerCount,
                orderCount);
    }
}
