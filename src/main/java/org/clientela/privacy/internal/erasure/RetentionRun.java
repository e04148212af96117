package org.clientela.privacy.internal.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.clientela.platform.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The daily run of the retention periods: every customer whose relationship ended long enough ago
 * is blocked or anonymised, as {@link RetentionPeriods} says, and every prospect who never became a
 * customer and has had no dealing for a while is anonymised ({@link IdleProspects}). The preview
 * lists what the next run would do, and changes nothing. The customers are walked in ranges of ids,
 * each module telling the last day it dealt with each of them, so memory stays bounded whatever the
 * customer base. Only one instance runs it at a time ({@link ExclusiveRuns}); each customer and
 * each prospect is moved in its own transaction, so a failure leaves the others done, and one that
 * someone erased by hand while the run went on is left as it is without stopping the run.
 */
@Service
public class RetentionRun {

    static final String RUN = "privacy.retention";
    private static final int RANGE = 10_000;
    private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

    private final List<PersonalDataAnonymiser> modules;
    private final RetentionPeriods periods;
    private final ErasureEntries journal;
    private final Anonymisations anonymisations;
    private final Blocking blocking;
    private final IdleProspects prospects;
    private final ExclusiveRuns runs;
    private final Clock clock;

    RetentionRun(
            List<PersonalDataAnonymiser> modules,
            RetentionPeriods periods,
            ErasureEntries journal,
            Anonymisations anonymisations,
            Blocking blocking,
            IdleProspects prospects,
            ExclusiveRuns runs,
            Clock clock) {
        this.modules = modules;
        this.periods = periods;
        this.journal = journal;
        this.anonymisations = anonymisations;
        this.blocking = blocking;
        this.prospects = prospects;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * One customer the next run moves.
     *
     * @param lastDealing the day the relationship ended
     * @param from        where they stand
     * @param to          where the run moves them
     */
    public record Due(long customerId, LocalDate lastDealing, ErasureStep from, ErasureStep to) {}

    /**
     * One prospect the next run anonymises.
     *
     * @param lastDealing the day of the last dealing with them
     */
    public record IdleProspect(long prospectId, LocalDate lastDealing) {}

    /**
     * What a run did (or would do): how many customers moved to each step, and the first ones; how
     * many prospects were anonymised, and the first ones.
     */
    public record Outcome(
            int blocked, int anonymised, List<Due> first, int prospects, List<IdleProspect> firstProspects) {}

    /** What the next run would do, the first {@code limit} customers listed; nothing changes. */
    public Outcome preview(int limit) {
        return walk(limit, false);
    }

    /** Runs now, unless another instance is running it; empty when it did not run. */
    public java.util.Optional<Outcome> runNow(int limit) {
        AtomicReference<Outcome> done = new AtomicReference<>();
        boolean ran = runs.runExclusively(RUN, Duration.ofHours(6), () -> done.set(walk(limit, true)));
        return ran ? java.util.Optional.of(done.get()) : java.util.Optional.empty();
    }

    @Scheduled(cron = "${clientela.privacy.retention.cron:0 15 4 * * *}", zone = "${clientela.time-zone:UTC}")
    void daily() {
        if (!periods.dailyRunAllowed()) {
            log.debug("Retention periods not applied: the daily run is not switched on");
            return;
        }
        runNow(0)
                .ifPresent(outcome -> log.info(
                        "Retention periods applied: {} customers blocked, {} anonymised; {} prospects anonymised",
                        outcome.blocked(),
                        outcome.anonymised(),
                        outcome.prospects()));
    }

    private Outcome walk(int limit, boolean apply) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ErasureStep> steps = journal.steps();
        long highest = modules.stream()
                .mapToLong(PersonalDataAnonymiser::highestCustomerId)
                .max()
                .orElse(0);
        int blocked = 0;
        int anonymised = 0;
        List<Due> first = new ArrayList<>();
        for (long from = 1; from <= highest; from += RANGE) {
            Map<Long, LocalDate> last = new HashMap<>();
            for (PersonalDataAnonymiser module : modules) {
                module.lastDealings(from, from + RANGE, today)
                        .forEach((id, day) -> last.merge(id, day, (a, b) -> a.isAfter(b) ? a : b));
            }
            for (Map.Entry<Long, LocalDate> customer : new java.util.TreeMap<>(last).entrySet()) {
                ErasureStep now = steps.getOrDefault(customer.getKey(), ErasureStep.ACTIVE);
                ErasureStep due = periods.due(customer.getValue(), today);
                if (!now.canBecome(due)) {
                    continue;
                }
                Due move = new Due(customer.getKey(), customer.getValue(), now, due);
                if (apply && !apply(move)) {
                    continue;
                }
                if (first.size() < limit) {
                    first.add(move);
                }
                if (due == ErasureStep.ANONYMISED) {
                    anonymised++;
                } else {
                    blocked++;
                }
            }
        }
        IdleProspects.Walk idle = prospects.walk(limit, apply);
        return new Outcome(blocked, anonymised, first, idle.count(), idle.first());
    }

    /**
     * Moves one customer; false when someone moved them since the walk read where they stood (an
     * erasure by hand during the run): that customer is left as they now are, and the run goes on.
     */
    private boolean apply(Due move) {
        try {
            if (move.to() == ErasureStep.ANONYMISED) {
                anonymisations.anonymise(move.customerId(), ErasureEntries.BY_SCHEDULE);
            } else {
                blocking.block(move.customerId(), ErasureEntries.BY_SCHEDULE);
            }
            return true;
        } catch (StateConflict moved) {
            log.info("Retention run: customer {} left as is: {}", move.customerId(), moved.getMessage());
            return false;
        }
    }
}
