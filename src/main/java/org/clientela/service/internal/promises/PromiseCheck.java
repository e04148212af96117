package org.clientela.service.internal.promises;

import java.time.Duration;
import org.clientela.platform.ExclusiveRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ~20 seconds, on one instance at a time, turns the pending promises whose moment has passed
 * into broken ones, so a promise is broken within a minute of its due moment, also after a restart.
 */
@Component
class PromiseCheck {

    private static final Logger log = LoggerFactory.getLogger(PromiseCheck.class);

    private final ExclusiveRuns runs;
    private final PromiseLedger ledger;

    PromiseCheck(ExclusiveRuns runs, PromiseLedger ledger) {
        this.runs = runs;
        this.ledger = ledger;
    }

    @Scheduled(
            initialDelayString = "${clientela.service.promise-check-delay:PT5S}",
            fixedDelayString = "${clientela.service.promise-check-every:PT20S}")
    void breakOverduePromises() {
        runs.runExclusively("service.promise-check", Duration.ofMinutes(5), () -> {
            int broken;
            do {
                broken = ledger.breakOverdue();
                if (broken > 0) {
                    log.info("{} promise(s) passed their due moment and count as broken", broken);
                }
            } while (broken >= 1000);
        });
    }
}
