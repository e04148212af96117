package org.clientela.sales.internal.activities;

import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.LifecycleStatusChanges;
import org.clientela.sales.ProspectWon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a win is committed, the customer the prospect became buys from us: a customer enrolled for
 * the win starts as CUSTOMER, and one already on file who still stands as PROSPECT (someone typed
 * in or imported before any sale) becomes CUSTOMER. A standing set by anyone since — at risk, lost,
 * won back, or already a customer — is left as it is: the win does not know better than the
 * retention records. Through the event publication registry, so a failure is retried, not lost.
 */
@Component
class LifecycleFollowsWins {

    private static final Logger log = LoggerFactory.getLogger(LifecycleFollowsWins.class);

    private final LifecycleStatusChanges statuses;

    LifecycleFollowsWins(LifecycleStatusChanges statuses) {
        this.statuses = statuses;
    }

    @ApplicationModuleListener
    void on(ProspectWon event) {
        boolean moved = statuses.changeIfStill(
                event.customerId(),
                LifecycleStatus.PROSPECT,
                LifecycleStatus.CUSTOMER,
                "prospect " + event.prospectId() + " won",
                event.wonBy());
        if (moved) {
            log.info("Customer {} is a customer now: prospect {} was won", event.customerId(), event.prospectId());
        }
    }
}
