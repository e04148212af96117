package org.clientela.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clientela.orders.PurchaseRhythms;
import org.clientela.platform.AuditLog;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.ExclusiveRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly review, automated: looks at every customer who ever ordered, applies the
 * {@link RadarRules}, and keeps the signals and call tasks in step. Runs on demand (in the
 * background, {@link #start}) and on a schedule ({@link RadarSchedule}); only one run at a time
 * across all instances ({@link ExclusiveRuns}). A run streams the customers' purchase rhythms from
 * the orders module and writes a batch of {@value #BATCH} customers per transaction, so it holds
 * no more than a batch in memory and never blocks an import for long.
 */
@Service
public class RetentionRadar {

    static final String LEASE = "retention-radar";
    static final int BATCH = 1_000;
    /** A RUNNING run whose heartbeat is older than this died with its instance. */
    static final java.time.Duration HEARTBEAT_TIMEOUT = java.time.Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(RetentionRadar.class);

    private final PurchaseRhythms rhythms;
    private final CustomerBaseModel model;
    private final RadarRuns runs;
    private final SignalStore store;
    private final ExclusiveRuns exclusive;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final RadarSettings settings;
    private final ClientelaSettings business;
    private final AuditLog audit;
    private final Clock clock;
    private final RadarRules rules;

    RetentionRadar(PurchaseRhythms rhythms, CustomerBaseModel model, RadarRuns runs,
            SignalStore store, ExclusiveRuns exclusive, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, RadarSettings settings,
            ClientelaSettings business, AuditLog audit, Clock clock) {
        this.rhythms = rhythms;
        this.model = model;
        this.runs = runs;
        this.store = store;
        this.exclusive = exclusive;
        this.transactions = transactions;
        this.executor = executor;
        this.settings = settings;
        this.business = business;
        this.audit = audit;
        this.clock = clock;
        this.rules = new RadarRules(settings);
    }

    /**
     * Records a run and starts it in the background; returns its id at once. While a run is in
     * progress (its heartbeat is fresh) this returns that run instead of starting a second.
     */
    public long start(String startedBy) {
        Optional<Long> running = runs.running(HEARTBEAT_TIMEOUT);
        if (running.isPresent()) {
            return running.get();
        }
        long id = runs.create("MANUAL", startedBy, today());
        executor.execute(() -> execute(id));
        return id;
    }

    /**
     * Runs the radar now in the caller's thread, if no other run holds the lease (then it records
     * nothing and returns empty: the scheduled run of the other instances).
     */
    public Optional<Long> runNow(String trigger, String startedBy) {
        long[] id = {0};
        boolean ran = exclusive.runExclusively(LEASE, settings.maxRunTime(), () -> {
            id[0] = runs.create(trigger, startedBy, today());
            guarded(id[0]);
        });
        return ran ? Optional.of(id[0]) : Optional.empty();
    }

    public Optional<RadarRun> find(long id) {
        return runs.find(id);
    }

    public Optional<RadarRun> latest() {
        return runs.latest();
    }

    /** Whether LOW_ACTIVITY_PROBABILITY can be judged now (a customer-base model was fitted). */
    public boolean modelAvailable() {
        return fit().isPresent();
    }

    /** The day the radar judges, in the business's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    /**
     * The windows the rules compare, as of {@code asOf}. Only categories bought in at least
     * {@code droppedMinMonths} baseline months can be DROPPED_CATEGORY, so only those are read.
     */
    public PurchaseRhythms.Window window(LocalDate asOf) {
        return new PurchaseRhythms.Window(asOf, settings.recentMonths(), settings.baselineMonths(),
                settings.droppedMinMonths());
    }

    /** Days on which the customer ordered, for saying why the radar does not judge them. */
    public Optional<Integer> orderDays(long customerId) {
        return rhythms.of(customerId, window(today())).map(PurchaseRhythms.Rhythm::orderDays);
    }

    private void execute(long id) {
        boolean ran = exclusive.runExclusively(LEASE, settings.maxRunTime(), () -> guarded(id));
        if (!ran) {
            runs.fail(id, "retention.radar.error.busy");
        }
    }

    private void guarded(long id) {
        try {
            work(id);
        } catch (RuntimeException e) {
            log.error("Radar run {} failed", id, e);
            runs.fail(id, "retention.radar.error.unexpected");
        }
    }

    private Optional<CustomerBaseModel.Fit> fit() {
        return model.latest();
    }

    private void work(long id) {
        long started = System.nanoTime();
        LocalDate asOf = runs.find(id).orElseThrow().asOf();
        Optional<CustomerBaseModel.Fit> fit = fit();
        Batch batch = new Batch(id);
        rhythms.forEachCustomer(window(asOf), rhythm -> {
            RadarRules.Verdict verdict = rules.judge(rhythm, asOf, fit);
            batch.add(rhythm.customerId(), verdict);
        });
        batch.flush();
        long closed = transactions.execute(status -> store.closeUnseen(id, fit.isPresent(), clock.instant()));
        long[] counts = store.counts(id);
        transactions.executeWithoutResult(status -> {
            runs.finish(id, batch.done, batch.thin, counts[0], counts[1], closed, batch.tasks, fit.isPresent());
            audit.record("RADAR_RUN", "retention_radar_run", id,
                    "%d customers, %d with too little history, %d signals (%d new, %d closed), %d call tasks"
                            .formatted(batch.done, batch.thin, counts[0], counts[1], closed, batch.tasks),
                    null, null);
        });
        log.info("Radar run {}: {} customers ({} with too little history), {} signals ({} new, {} closed), {} tasks in {} ms",
                id, batch.done, batch.thin, counts[0], counts[1], closed, batch.tasks,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Findings of up to {@value #BATCH} customers, written together. */
    private final class Batch {

        private final long runId;
        private final Set<Long> customers = new LinkedHashSet<>();
        private final List<SignalStore.Pending> pending = new ArrayList<>();
        private int seen;
        long done;
        long thin;
        long tasks;

        Batch(long runId) {
            this.runId = runId;
        }

        void add(long customerId, RadarRules.Verdict verdict) {
            done++;
            seen++;
            if (verdict.tooLittleHistory()) {
                thin++;
            }
            for (Finding finding : verdict.findings()) {
                customers.add(customerId);
                pending.add(new SignalStore.Pending(customerId, finding));
            }
            if (seen >= BATCH) {
                flush();
            }
        }

        void flush() {
            transactions.executeWithoutResult(status -> {
                tasks += store.write(runId, customers, pending, clock.instant());
                runs.progress(runId, done, thin);
            });
            customers.clear();
            pending.clear();
            seen = 0;
        }
    }
}
