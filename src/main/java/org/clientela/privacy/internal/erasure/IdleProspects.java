package org.clientela.privacy.internal.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.platform.StateConflict;
import org.clientela.sales.ProspectPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The prospects the retention run anonymises: never won into a customer, not anonymised yet, and
 * with no dealing since {@link ProspectRetentionSettings#prospectMonths} months before today. They go
 * straight to anonymised, with no blocked period in between: a prospect has no contract or invoice
 * a legal claim would need. Walked in ranges of ids, as the customers are, so memory stays bounded.
 */
@Component
class IdleProspects {

    private static final int RANGE = 10_000;
    private static final Logger log = LoggerFactory.getLogger(IdleProspects.class);

    private final ProspectPersonalData sales;
    private final ProspectErasures erasures;
    private final ProspectRetentionSettings settings;
    private final Clock clock;

    IdleProspects(
            ProspectPersonalData sales, ProspectErasures erasures, ProspectRetentionSettings settings, Clock clock) {
        this.sales = sales;
        this.erasures = erasures;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts (and, when {@code apply}, anonymises) the idle prospects, listing the first {@code limit}. */
    Walk walk(int limit, boolean apply) {
        LocalDate today = LocalDate.now(clock);
        Instant cutoff = today.minusMonths(settings.prospectMonths())
                .atStartOfDay(clock.getZone())
                .toInstant();
        long highest = sales.highestProspectId();
        int count = 0;
        List<RetentionRun.IdleProspect> first = new ArrayList<>();
        for (long from = 1; from <= highest; from += RANGE) {
            for (Map.Entry<Long, Instant> prospect :
                    sales.idleBefore(from, from + RANGE, cutoff).entrySet()) {
                if (apply && !anonymise(prospect.getKey())) {
                    continue;
                }
                count++;
                if (first.size() < limit) {
                    first.add(new RetentionRun.IdleProspect(
                            prospect.getKey(), LocalDate.ofInstant(prospect.getValue(), clock.getZone())));
                }
            }
        }
        return new Walk(count, first);
    }

    /**
     * Anonymises one prospect; false when someone erased or won them since the walk read them: they are
     * left as they now are, and the walk goes on.
     */
    private boolean anonymise(long prospectId) {
        try {
            erasures.anonymise(prospectId, ErasureEntries.BY_SCHEDULE);
            return true;
        } catch (StateConflict moved) {
            log.info("Retention run: prospect {} left as is: {}", prospectId, moved.getMessage());
            return false;
        }
    }

    /** How many prospects a walk found, and the first ones. */
    record Walk(int count, List<RetentionRun.IdleProspect> first) {}
}
