package org.clientela.retention.internal.radar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.Rhythm;
import org.clientela.orders.history.RhythmWindow;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.RetentionSettingGroups;
import org.clientela.retention.internal.calls.CallPlan;
import org.clientela.retention.internal.fits.CustomerBaseModel;
import org.clientela.retention.internal.letdowns.JdbcLetDowns;
import org.clientela.retention.internal.letdowns.LetDown;
import org.clientela.retention.internal.risk.PurchaseHistories;
import org.clientela.retention.internal.risk.RiskRanking;
import org.clientela.retention.internal.risk.RiskScores;
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
 *
 * <p>Long because it is the life of a run in one place (lease, heartbeat,
 * stretches written together, ranking, call plan, finish). What a run does at each step is already a
 * class of its own: the rules, {@link SignalStore}, {@link RiskScores}, {@link CallPlan}.
 */
@Service
public class RetentionRadar {

    static final String LEASE = "retention-radar";
    static final int BATCH = 5_000;
    /** A RUNNING run whose heartbeat is older than this died with its instance. */
    static final java.time.Duration HEARTBEAT_TIMEOUT = java.time.Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(RetentionRadar.class);

    private final CustomerPurchases rhythms;
    private final CustomerBaseModel model;
    private final RadarRuns runs;
    private final SignalStore store;
    private final ExclusiveRuns exclusive;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final RadarSettings properties;
    private final BusinessSettings business;
    private final AuditLog audit;
    private final Clock clock;
    private final RiskScores scores;
    private final CallPlan callPlan;
    private final JdbcLetDowns letDowns;

    RetentionRadar(
            CustomerPurchases rhythms,
            CustomerBaseModel model,
            RadarRuns runs,
            SignalStore store,
            ExclusiveRuns exclusive,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            RadarSettings settings,
            BusinessSettings business,
            AuditLog audit,
            Clock clock,
            RiskScores scores,
            CallPlan callPlan,
            JdbcLetDowns letDowns) {
        this.rhythms = rhythms;
        this.model = model;
        this.runs = runs;
        this.store = store;
        this.exclusive = exclusive;
        this.transactions = transactions;
        this.executor = executor;
        this.properties = settings;
        this.business = business;
        this.audit = audit;
        this.clock = clock;
        this.scores = scores;
        this.callPlan = callPlan;
        this.letDowns = letDowns;
    }

    /**
     * Records a run and starts it in the background; returns its id at once. While a run is in
     * progress (its heartbeat is fresh) this returns that run instead of starting a second.
     */
    public long start(String startedBy) {
        return start(startedBy, today());
    }

    /**
     * As {@link #start(String)}, judging the business as it was on {@code asOf}: only orders on or
     * before that day count ("what would the radar have said on 1 October?").
     */
    public long start(String startedBy, LocalDate asOf) {
        Optional<Long> running = runs.running(HEARTBEAT_TIMEOUT);
        if (running.isPresent()) {
            return running.get();
        }
        long id = runs.create("MANUAL", startedBy, asOf);
        executor.execute(() -> execute(id));
        return id;
    }

    /**
     * Runs the radar now in the caller's thread, if no other run holds the lease (then it records
     * nothing and returns empty: the scheduled run of the other instances).
     */
    public Optional<Long> runNow(String trigger, String startedBy) {
        long[] id = {0};
        boolean ran = exclusive.runExclusively(LEASE, settings().maxRunTime(), () -> {
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

    /**
     * The day a run judges, as a person wrote it: today when blank, never after today, never before 1900.
     *
     * @throws InvalidInputException naming {@code asOf} otherwise
     */
    public LocalDate asOf(String text) {
        LocalDate today = today();
        if (text == null || text.isBlank()) {
            return today;
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(InputError.field("asOf", "retention.api.asOf.invalid")));
        }
        if (asOf.isAfter(today)) {
            throw new InvalidInputException(List.of(InputError.field("asOf", "retention.api.asOf.future")));
        }
        if (asOf.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInputException(List.of(InputError.field("asOf", "retention.api.asOf.invalid")));
        }
        return asOf;
    }

    /** The day the radar judges, in the business's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    /**
     * The windows the rules compare, as of {@code asOf}. Only categories bought in at least
     * {@code droppedMinMonths} baseline months can be DROPPED_CATEGORY, so only those are read.
     */
    public RhythmWindow window(LocalDate asOf) {
        return new RhythmWindow(
                asOf,
                settings().recentMonths(),
                settings().baselineMonths(),
                settings().droppedMinMonths());
    }

    /** Days on which the customer ordered, for saying why the radar does not judge them. */
    public Optional<Integer> orderDays(long customerId) {
        return rhythms.rhythm(customerId, window(today())).map(Rhythm::orderDays);
    }

    private void execute(long id) {
        boolean ran = exclusive.runExclusively(LEASE, settings().maxRunTime(), () -> guarded(id));
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
        Batch batch = new Batch(id, fit.isPresent());
        PurchaseHistories histories = new PurchaseHistories(asOf, settings().horizonDays());
        RadarRules rules = new RadarRules(settings());
        LetDownRule letDownRule = new LetDownRule(business.timeZone());
        Map<Long, List<LetDown>> letDown = recentLetDowns(asOf);
        rhythms.forEachRhythm(window(asOf), rhythm -> {
            RadarRules.Verdict verdict = rules.judge(rhythm, asOf, fit);
            List<LetDown> customerLetDowns = letDown.get(rhythm.customerId());
            if (customerLetDowns != null) {
                List<Finding> findings = new ArrayList<>(verdict.findings());
                findings.addAll(letDownRule.judge(rhythm, asOf, customerLetDowns));
                verdict = new RadarRules.Verdict(verdict.tooLittleHistory(), findings);
            }
            batch.add(rhythm.customerId(), verdict);
            int kinds = 0;
            for (Finding finding : verdict.findings()) {
                kinds |= 1 << finding.kind().ordinal();
            }
            histories.add(
                    rhythm.customerId(),
                    rhythm.firstDay(),
                    rhythm.gaps(),
                    rhythm.yearAmount().doubleValue(),
                    kinds);
        });
        batch.flush(Long.MAX_VALUE);
        long ranking = System.nanoTime();
        rank(id, histories, fit.orElse(null));
        long ranked = System.nanoTime();
        SignalStore.Written w = batch.written;
        long calls = callPlan.plan(id, asOf);
        transactions.executeWithoutResult(status -> {
            runs.finish(id, batch.done, batch.thin, w.found(), w.inserted(), w.closed(), calls, fit.isPresent());
            audit.record(
                    "RADAR_RUN",
                    "retention_radar_run",
                    id,
                    "%d customers, %d with too little history, %d signals (%d new, %d closed), %d call tasks"
                            .formatted(batch.done, batch.thin, w.found(), w.inserted(), w.closed(), calls),
                    null,
                    null,
                    batch.done,
                    w.found(),
                    calls);
        });
        log.info(
                "Radar run {}: {} customers ({} with too little history), {} signals ({} new, {} changed, {} closed), "
                        + "{} tasks in {} ms (writing {} ms, ranking {} ms)",
                id,
                batch.done,
                batch.thin,
                w.found(),
                w.inserted(),
                w.updated(),
                w.closed(),
                calls,
                (System.nanoTime() - started) / 1_000_000,
                batch.writing / 1_000_000,
                (ranked - ranking) / 1_000_000);
    }

    /** The let-downs that still count on {@code asOf}: those of the {@link JdbcLetDowns#RECENT} days up to its end. */
    private Map<Long, List<LetDown>> recentLetDowns(LocalDate asOf) {
        Instant end = asOf.plusDays(1).atStartOfDay(business.timeZone()).toInstant();
        return letDowns.newestByCustomer(end.minus(JdbcLetDowns.RECENT), end);
    }

    /**
     * Scores every customer by the risk of not buying again in the horizon, the way that predicted best
     * on the business's own past ({@link RiskRanking}), and writes the ranking ({@link RiskScores}).
     */
    private void rank(long id, PurchaseHistories histories, CustomerBaseModel.Fit fit) {
        long start = System.nanoTime();
        RiskRanking.Result result = RiskRanking.rank(histories, fit == null ? null : fit::expectedPurchases);
        long learnt = System.nanoTime();
        double horizonWeeks = settings().horizonDays() / 7.0;
        scores.write(
                id,
                histories,
                result,
                fit == null
                        ? null
                        : i -> {
                            PurchaseHistories.Rfm rfm = histories.now(i);
                            return new RiskScores.ModelFigures(
                                    fit.probabilityAlive(rfm.x(), rfm.tx(), rfm.T()),
                                    fit.expectedPurchases(rfm.x(), rfm.tx(), rfm.T(), horizonWeeks),
                                    fit.expectedLifetimeValue(rfm.x(), rfm.tx(), rfm.T(), histories.meanSpend(i)));
                        });
        runs.ranked(id, settings().horizonDays(), result);
        log.info(
                "Radar run {} ranked {} customers by {} (backtest on {} customers, AUC of each way: {}); "
                        + "learning and scoring {} ms, writing {} ms",
                id,
                histories.size(),
                result.method(),
                result.backtestCustomers(),
                result.auc(),
                (learnt - start) / 1_000_000,
                (System.nanoTime() - learnt) / 1_000_000);
    }

    /**
     * The findings of a stretch of at least {@value #BATCH} customers, written together. The
     * customers come in ascending id order, so a stretch is every id after the previous stretch's
     * last one up to its own last one: the signals of ids in between (customers with no order any
     * more) are closed with it, and the last stretch reaches to the end.
     */
    private final class Batch {

        private final long runId;
        private final boolean modelUsed;
        private final List<SignalStore.Pending> pending = new ArrayList<>();
        private long after = Long.MIN_VALUE;
        private long last = Long.MIN_VALUE;
        private int seen;
        long done;
        long thin;
        long writing;
        SignalStore.Written written = SignalStore.Written.NOTHING;

        Batch(long runId, boolean modelUsed) {
            this.runId = runId;
            this.modelUsed = modelUsed;
        }

        void add(long customerId, RadarRules.Verdict verdict) {
            if (customerId <= last) {
                throw new IllegalStateException("Customers out of order: " + customerId + " after " + last);
            }
            last = customerId;
            done++;
            seen++;
            if (verdict.tooLittleHistory()) {
                thin++;
            }
            for (Finding finding : verdict.findings()) {
                pending.add(new SignalStore.Pending(customerId, finding));
            }
            if (seen >= BATCH) {
                flush(customerId);
            }
        }

        void flush(long upTo) {
            long start = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                written = written.plus(store.write(runId, after, upTo, pending, modelUsed, clock.instant()));
                runs.progress(runId, done, thin);
            });
            writing += System.nanoTime() - start;
            after = upTo;
            pending.clear();
            seen = 0;
        }
    }

    /** The thresholds in use now: the settings page's, else application.properties'. */
    public RadarSettings thresholds() {
        return settings();
    }

    private RadarSettings settings() {
        return RetentionSettingGroups.radar(properties, business);
    }
}
