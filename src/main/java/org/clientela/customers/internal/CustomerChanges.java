package org.clientela.customers.internal;

import java.util.List;

import org.clientela.customers.CustomerTimeline;
import org.clientela.platform.AuditLog;
import org.springframework.stereotype.Component;

/** The customer's own history on the timeline: created, details changed, contacts added or removed. */
@Component
class CustomerChanges implements CustomerTimeline {

    private final AuditLog audit;

    CustomerChanges(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public List<Entry> latest(long customerId, int limit) {
        return audit.history("customer", customerId, limit).stream()
                .map(e -> new Entry(e.at(), "customer.timeline." + e.action(), List.of(e.actor()), null, null, null))
                .toList();
    }
}
