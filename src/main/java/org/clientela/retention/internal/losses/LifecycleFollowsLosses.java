package org.clientela.retention.internal.losses;

import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.LifecycleStatusChanges;
import org.clientela.retention.CustomerMarkedLost;
import org.clientela.retention.CustomerWonBack;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a loss or a win-back is committed, the customer's lifecycle status follows: LOST, then
 * WON_BACK. Through the event publication registry, so a failure is retried, not lost.
 */
@Component
class LifecycleFollowsLosses {

    private final LifecycleStatusChanges statuses;

    LifecycleFollowsLosses(LifecycleStatusChanges statuses) {
        this.statuses = statuses;
    }

    @ApplicationModuleListener
    void on(CustomerMarkedLost event) {
        statuses.change(event.customerId(), LifecycleStatus.LOST, "marked lost: " + event.reason(), event.by());
    }

    @ApplicationModuleListener
    void on(CustomerWonBack event) {
        statuses.change(event.customerId(), LifecycleStatus.WON_BACK, "won back on " + event.wonBackOn(), event.by());
    }
}
