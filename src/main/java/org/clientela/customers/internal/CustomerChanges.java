package org.clientela.customers.internal;

import java.util.List;
import org.clientela.customers.CustomerTimeline;
import org.clientela.platform.AuditLog;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The customer's own history on the timeline, from the audit log: created, details changed,
 * contacts added or removed, status changes, marked lost or won back, alerts. Each action reads
 * through {@code customers.timeline.<ACTION>} with who did it as {0} and the entry's words after it.
 */
@Component
class CustomerChanges implements CustomerTimeline {

    private final AuditLog audit;

    CustomerChanges(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public List<Entry> latest(long customerId, int limit) {
        return audit.history("customer", customerId, limit).stream()
                .map(e -> {
                    MessageSourceResolvable sentence = e.sentence("customers.timeline.");
                    return new Entry(
                            e.at(), sentence.getCodes()[0], List.of(sentence.getArguments()), null, null, null);
                })
                .toList();
    }
}
