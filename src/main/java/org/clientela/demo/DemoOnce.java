package org.clientela.demo;

import java.util.Optional;
import java.util.function.Supplier;
import org.clientela.platform.SharedValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a part of the demo business once per database: only while the demo is showing, and in
 * the transaction that records the part as written (a shared setting). Two instances starting at
 * once both try; the second fails on that setting's key, its transaction rolls back, and it leaves
 * the part to the first.
 */
@Component
class DemoOnce {

    private static final Logger log = LoggerFactory.getLogger(DemoOnce.class);

    private final DemoState state;
    private final SharedValues settings;
    private final TransactionTemplate transaction;

    DemoOnce(DemoState state, SharedValues settings, TransactionTemplate transaction) {
        this.state = state;
        this.settings = settings;
        this.transaction = transaction;
    }

    /**
     * Runs {@code writing} in a transaction that records {@code recorded}, and returns what it
     * returned; empty when the demo is not showing, the part was written already, or another
     * instance is writing it ({@code part} names it in the log).
     */
    <T> Optional<T> write(String recorded, String part, Supplier<T> writing) {
        if (!state.active() || settings.get(recorded).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(transaction.execute(status -> {
                settings.add(recorded, "true");
                return writing.get();
            }));
        } catch (DuplicateKeyException e) {
            log.info("Another instance is writing the demo's {}", part);
            return Optional.empty();
        }
    }
}
