package org.clientela.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.clientela.orders.history.BuyingHistory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.SharedValues;
import org.clientela.retention.LossReason;
import org.clientela.retention.LostCustomers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo business a lost-customer register to look at: most of the regular buyers who
 * stopped two to eight months ago are entered as lost a month after their last order, with the
 * reasons a wholesaler hears (mostly avoidable ones: the competition, price, indifference). The
 * rest stay for the model's presumed-lost list. Once per database, right after the demo loads.
 */
@Component
@Order(20)
class DemoLosses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLosses.class);
    static final String RECORDED = "demo.losses";

    /** Reasons in the proportions the demo uses, one slot each (twenty slots). */
    private static final LossReason[] REASONS = {
        LossReason.COMPETITOR,
        LossReason.COMPETITOR,
        LossReason.COMPETITOR,
        LossReason.COMPETITOR,
        LossReason.COMPETITOR,
        LossReason.NO_LONGER_VALUE,
        LossReason.NO_LONGER_VALUE,
        LossReason.NO_LONGER_VALUE,
        LossReason.INDIFFERENCE,
        LossReason.INDIFFERENCE,
        LossReason.INDIFFERENCE,
        LossReason.SERVICE_FELL,
        LossReason.SERVICE_FELL,
        LossReason.UNRESOLVED_COMPLAINT,
        LossReason.UNRESOLVED_COMPLAINT,
        LossReason.BROKEN_PROMISE,
        LossReason.QUALITY_FELL,
        LossReason.CLOSED,
        LossReason.CLOSED,
        LossReason.MOVED
    };

    private final DemoState state;
    private final SharedValues settings;
    private final CustomerPurchases histories;
    private final LostCustomers register;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String currency;

    DemoLosses(
            DemoState state,
            SharedValues settings,
            CustomerPurchases histories,
            LostCustomers register,
            TransactionTemplate transaction,
            Clock clock,
            ClientelaSettings business) {
        this.state = state;
        this.settings = settings;
        this.histories = histories;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
        this.currency = business.currency().getCurrencyCode();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!state.active() || settings.get(RECORDED).isPresent() || !register.isEmpty()) {
            return;
        }
        try {
            int recorded = transaction.execute(status -> record());
            log.info("Demo business: {} customers entered in the lost-customer register", recorded);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            log.info("Another instance is recording the demo's lost customers");
        }
    }

    private int record() {
        settings.add(RECORDED, "true");
        LocalDate today = LocalDate.now(clock);
        List<BuyingHistory> lapsed = new ArrayList<>();
        histories.forEachHistory(today, currency, h -> {
            long silent = ChronoUnit.DAYS.between(h.lastPurchase(), today);
            if (h.purchaseDays() >= 6 && silent >= 60 && silent <= 240) {
                lapsed.add(h);
            }
        });
        int recorded = 0;
        for (BuyingHistory h : lapsed) {
            if (h.customerId() % 5 == 0) {
                continue; // left for the presumed-lost list
            }
            LossReason reason =
                    REASONS[Math.floorMod(Long.hashCode(h.customerId() * 0x9E3779B97F4A7C15L), REASONS.length)];
            LocalDate lostOn = h.lastPurchase().plusDays(30 + h.customerId() % 15);
            register.markLost(h.customerId(), reason, null, lostOn.isAfter(today) ? today : lostOn);
            recorded++;
        }
        return recorded;
    }
}
