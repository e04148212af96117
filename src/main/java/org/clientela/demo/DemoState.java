package org.clientela.demo;

import org.clientela.platform.SharedValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether the demo business is showing, as recorded in the shared settings: {@code demo.active}
 * is the demo's marker, set to {@code true} by the demo load in the transaction that writes the
 * demo data and to {@code false} by the wipe. A database that never had the demo has no such row
 * (a PostgreSQL database never gets the demo at start), so nothing marks it wipeable. Every page
 * asks, so the answer is kept for a few seconds: another instance's wipe shows here within that
 * time, this instance's own change at once. The wipe asks {@link #showingLocked()} instead.
 */
@Component
class DemoState {

    static final String LOADED = "demo.loaded";
    static final String ACTIVE = "demo.active";
    private static final long KEEP_NANOS = 5_000_000_000L;

    private final SharedValues settings;
    private volatile boolean active;
    private volatile long readAt;
    private volatile boolean known;

    DemoState(SharedValues settings) {
        this.settings = settings;
    }

    boolean active() {
        long now = System.nanoTime();
        if (!known || now - readAt > KEEP_NANOS) {
            active = settings.isTrue(ACTIVE);
            readAt = now;
            known = true;
        }
        return active;
    }

    /**
     * Whether the demo is showing, read from the database (never from the cache) with the marker's
     * row locked until the caller's transaction ends, so that no other wipe or demo load changes it
     * meanwhile.
     */
    boolean showingLocked() {
        return settings.getLocked(ACTIVE).map(Boolean::parseBoolean).orElse(false);
    }

    /** Records whether the demo is showing; the cached answer is dropped when the transaction commits. */
    void set(boolean showing) {
        settings.put(ACTIVE, Boolean.toString(showing));
        known = false;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known = false;
                }
            });
        }
    }
}
