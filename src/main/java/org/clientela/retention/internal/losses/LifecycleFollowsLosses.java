package org.clientela.retention.internal.losses;

import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.LifecycleStatusChanges;
import org.clientela.customers.LifecycleStatusStateException;
import org.clientela.retention.CustomerMarkedLost;
import org.clientela.retention.CustomerWonBack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a loss or a win-back is committed, the customer's standing follows: LOST, then WON_BACK.
 * Through the event publication registry, so a failure is retried, not lost.
 *
 * <p>The two events are heard on their own threads, so a win-back can be heard before the loss
 * it ends. A loss that is no longer standing when it is heard changes nothing; a win-back of a
 * customer whose standing is not LOST yet takes the standing through LOST to WON_BACK, as the
 * register has it.
 */
@Component
class LifecycleFollowsLosses {

    private static final Logger log = LoggerFactory.getLogger(LifecycleFollowsLosses.class);

    private final LifecycleStatusChanges statuses;
    private final LossRegister losses;

    LifecycleFollowsLosses(LifecycleStatusChanges statuses, LossRegister losses) {
        this.statuses = statuses;
        this.losses = losses;
    }

    @ApplicationModuleListener
    void on(CustomerMarkedLost event) {
        // The loss's row is held until this commits, so a win-back cannot slip in between the check
        // and the move and be undone by it (it waits, and is heard after).
        if (!losses.standsLostLocked(event.customerId().value())) {
            log.info("Customer {} was won back before their loss was heard; their standing stays", event.customerId());
            return;
        }
        statuses.change(event.customerId(), LifecycleStatus.LOST, "marked lost: " + event.reason(), event.by());
    }

    @ApplicationModuleListener
    void on(CustomerWonBack event) {
        String why = "won back on " + event.wonBackOn();
        try {
            statuses.change(event.customerId(), LifecycleStatus.WON_BACK, why, event.by());
        } catch (LifecycleStatusStateException e) {
            if (e.from() == LifecycleStatus.WON_BACK) {
                return; // heard twice
            }
            // The loss was not heard yet (or the standing was changed since): the register says the
            // customer was lost and is won back, so the standing goes through both.
            log.info("Customer {} won back while their standing is {}", event.customerId(), e.from());
            statuses.change(event.customerId(), LifecycleStatus.LOST, "lost before " + why, event.by());
            statuses.change(event.customerId(), LifecycleStatus.WON_BACK, why, event.by());
        }
    }
}
