package org.clientela.customers.internal;

import java.util.Comparator;
import java.util.List;
import org.clientela.customers.CustomerTimeline;
import org.springframework.stereotype.Service;

/** The single timeline of the customer page: every module's entries, newest first. */
@Service
public class Timeline {

    private final List<CustomerTimeline> sources;

    Timeline(List<CustomerTimeline> sources) {
        this.sources = sources;
    }

    public List<CustomerTimeline.Entry> of(long customerId, int limit) {
        return sources.stream()
                .flatMap(source -> source.latest(customerId, limit).stream())
                .sorted(Comparator.comparing(CustomerTimeline.Entry::at).reversed())
                .limit(limit)
                .toList();
    }
}
