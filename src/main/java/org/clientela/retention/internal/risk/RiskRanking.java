package org.clientela.retention.internal.risk;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ranks every customer by the risk of not buying again in the coming period, the way that predicted
 * best on the business's own past.
 *
 * <p>The backtest: every customer who had bought by the run's day minus the horizon is seen as they
 * were on that day, and what happened in the horizon that followed is known. Each candidate way of
 * ranking ({@link Method}) is a logistic regression on a few figures of the purchase history; each is
 * fitted on half of those customers and judged on the other half, and the other way round (two-fold
 * cross-validation, so no candidate is judged on the customers it learnt from; its area is the mean of
 * the two halves'); the mean of their estimates ({@link Method#BLEND}) is judged the same way. The candidate with the
 * largest area under the ROC curve wins; it is fitted again on all of them and scores every customer
 * as they are on the run's day. Its score is the estimated probability of no purchase in the horizon.
 *
 * <p>When the past is too short to learn from (fewer than {@value #MIN_BACKTEST} customers, or fewer
 * than {@value #MIN_OUTCOME} who did or did not come back), the ranking falls back to recency alone:
 * {@code days / (days + horizon)}, which orders customers exactly as weeks since the last purchase do.
 *
 * <p>Long because the backtest, the candidate ways of ranking, their judging on two halves and the
 * recency fallback are one procedure over the same customers' figures, read top to bottom; it holds
 * no state and its statistics are plain static methods.
 */
public final class RiskRanking {

    static final int MIN_BACKTEST = 100;
    static final int MIN_OUTCOME = 10;
    static final int TOP = 100;
    /** How much more area one way alone needs than the blend to be chosen instead of it. */
    static final double CLEAR_WIN = 0.005;

    /** The ways of ranking the backtest chooses from. */
    public enum Method {
        /** Weeks since the last purchase, and nothing else. */
        RECENCY,
        /** Weeks since the last purchase, how many times the customer came back, and how long they have been a customer. */
        HISTORY,
        /**
         * The history's three figures and how overdue the customer is by their own rhythm: the weeks since
         * their last purchase against their usual weeks between purchases (logarithms; 0 for one-time buyers).
         */
        RHYTHM,
        /** The customer-base model's expected purchases in the horizon (only when a model was fitted). */
        MODEL,
        /** The history's three figures and the model's expected purchases together. */
        HISTORY_AND_MODEL,
        /**
         * The mean of the estimates of every candidate but recency alone: when several say nearly the
         * same, their mean is steadier than any one of them.
         */
        BLEND,
        /** Too little past to learn from: recency as a rule of thumb. */
        RULE
    }

    /** The customer-base model's expected purchases, in the model's own terms (weeks). */
    @FunctionalInterface
    public interface ExpectedPurchases {
        double of(int x, double tx, double T, double horizonWeeks);
    }

    /**
     * The outcome.
     *
     * @param method             the way of ranking chosen
     * @param backtestCustomers  customers the backtest judged (0 with {@link Method#RULE})
     * @param backtestLost       of those, the ones who did not buy in the horizon that followed
     * @param auc                each candidate's area under the ROC curve in the backtest
     * @param top                the customers the chosen ranking put first in the backtest ({@value #TOP},
     *                           or a tenth of a smaller base)
     * @param topLost            of those, the ones who did not buy again
     * @param riskScore          every customer's score on the run's day, in the order of the histories
     */
    public record Result(
            Method method,
            int backtestCustomers,
            int backtestLost,
            Map<Method, Double> auc,
            int top,
            int topLost,
            double[] riskScore) {

        public Double chosenAuc() {
            return auc.get(method);
        }

        /** Share of the customers ranked first that did not buy again. */
        public Double topShare() {
            return top == 0 ? null : (double) topLost / top;
        }

        /** Share of all customers in the backtest that did not buy again: what a list drawn at random finds. */
        public Double baseShare() {
            return backtestCustomers == 0 ? null : (double) backtestLost / backtestCustomers;
        }
    }

    private RiskRanking() {}

    /**
     * @param model the fitted customer-base model, or {@code null} when there is none
     */
    public static Result rank(PurchaseHistories histories, ExpectedPurchases model) {
        int n = histories.size();
        double horizonWeeks = histories.horizon() / 7.0;
        int[] backtest = IntStream.range(0, n).filter(histories::inBacktest).toArray();
        boolean[] lost = new boolean[backtest.length];
        int lostCount = 0;
        for (int j = 0; j < backtest.length; j++) {
            lost[j] = histories.lostAfterCut(backtest[j]);
            lostCount += lost[j] ? 1 : 0;
        }
        if (backtest.length < MIN_BACKTEST || lostCount < MIN_OUTCOME || backtest.length - lostCount < MIN_OUTCOME) {
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                double days = histories.daysSinceLast(i);
                score[i] = days / (days + histories.horizon());
            }
            return new Result(Method.RULE, 0, 0, Map.of(), 0, 0, score);
        }
        Method[] candidates = model == null
                ? new Method[] {Method.RECENCY, Method.HISTORY, Method.RHYTHM}
                : new Method[] {Method.RECENCY, Method.HISTORY, Method.RHYTHM, Method.MODEL, Method.HISTORY_AND_MODEL};
        int m = backtest.length;
        double[][] past = new double[FEATURES][m];
        IntStream.range(0, m)
                .parallel()
                .forEach(j -> features(histories.atCut(backtest[j]), model, horizonWeeks, past, j));
        boolean[] even = new boolean[m];
        boolean[] odd = new boolean[m];
        for (int j = 0; j < m; j++) {
            even[j] = j % 2 == 0;
            odd[j] = !even[j];
        }
        Map<Method, Double> auc = new EnumMap<>(Method.class);
        Map<Method, double[]> heldOut = new EnumMap<>(Method.class);
        for (Method method : candidates) {
            double[][] columns = select(past, method);
            LogisticRegression onEven = LogisticRegression.fit(columns, lost, even);
            LogisticRegression onOdd = LogisticRegression.fit(columns, lost, odd);
            double[] score = new double[m];
            IntStream.range(0, m)
                    .parallel()
                    .forEach(j -> score[j] = even[j] ? onOdd.probability(columns, j) : onEven.probability(columns, j));
            auc.put(method, (auc(score, lost, even) + auc(score, lost, odd)) / 2);
            heldOut.put(method, score);
        }
        Method[] members =
                Arrays.stream(candidates).filter(c -> c != Method.RECENCY).toArray(Method[]::new);
        double[] blend = new double[m];
        for (Method member : members) {
            double[] held = heldOut.get(member);
            for (int j = 0; j < m; j++) {
                blend[j] += held[j] / members.length;
            }
        }
        auc.put(Method.BLEND, (auc(blend, lost, even) + auc(blend, lost, odd)) / 2);
        heldOut.put(Method.BLEND, blend);
        // The blend unless one way alone beats it clearly: smaller differences are noise at a few
        // thousand customers, and a mean of several estimates is the steadier bet.
        Method best = Method.BLEND;
        for (Method method : auc.keySet()) {
            if (auc.get(method) > auc.get(best) + CLEAR_WIN) {
                best = method;
            }
        }
        int top = topSize(m);
        int topLost = topLost(heldOut.get(best), lost, top);
        Method[] used = best == Method.BLEND ? members : new Method[] {best};
        boolean needsModel =
                model != null && Arrays.stream(used).anyMatch(u -> u == Method.MODEL || u == Method.HISTORY_AND_MODEL);
        double[][] now = new double[FEATURES][n];
        IntStream.range(0, n)
                .parallel()
                .forEach(i -> features(histories.now(i), needsModel ? model : null, horizonWeeks, now, i));
        double[] score = new double[n];
        for (Method u : used) {
            LogisticRegression chosen = LogisticRegression.fit(select(past, u), lost, null);
            double[][] nowColumns = select(now, u);
            IntStream.range(0, n).parallel().forEach(i -> score[i] += chosen.probability(nowColumns, i) / used.length);
        }
        return new Result(best, m, lostCount, auc, top, topLost, score);
    }

    static final int FEATURES = 5;

    /**
     * Recency in weeks, log(1 + repeat purchases), weeks as a customer, log of the model's expected
     * purchases (0 without a model), and how overdue by the customer's own rhythm, into row {@code i}
     * of {@code columns}.
     */
    private static void features(
            PurchaseHistories.Rfm rfm, ExpectedPurchases model, double horizonWeeks, double[][] columns, int i) {
        columns[0][i] = rfm.recencyWeeks();
        columns[1][i] = Math.log1p(rfm.x());
        columns[2][i] = rfm.T();
        columns[3][i] = model == null ? 0 : Math.log(1e-4 + model.of(rfm.x(), rfm.tx(), rfm.T(), horizonWeeks));
        columns[4][i] = rfm.x() == 0 ? 0 : Math.log1p(rfm.recencyWeeks()) - Math.log1p(rfm.tx() / rfm.x());
    }

    private static double[][] select(double[][] columns, Method method) {
        return switch (method) {
            case RECENCY -> new double[][] {columns[0]};
            case HISTORY -> new double[][] {columns[0], columns[1], columns[2]};
            case RHYTHM -> new double[][] {columns[0], columns[1], columns[2], columns[4]};
            case MODEL -> new double[][] {columns[3]};
            case HISTORY_AND_MODEL -> new double[][] {columns[0], columns[1], columns[2], columns[3]};
            case BLEND, RULE -> throw new IllegalArgumentException(method + " is not one regression");
        };
    }

    /** The area of the rows of one fold: each fold's scores come from one fit, so they compare among themselves. */
    private static double auc(double[] score, boolean[] lost, boolean[] fold) {
        int n = 0;
        for (boolean in : fold) {
            n += in ? 1 : 0;
        }
        double[] s = new double[n];
        boolean[] l = new boolean[n];
        int k = 0;
        for (int j = 0; j < score.length; j++) {
            if (fold[j]) {
                s[k] = score[j];
                l[k++] = lost[j];
            }
        }
        return RocAuc.of(s, l);
    }

    /** How many customers "the first of the list" are: {@value #TOP}, or a tenth of a smaller base. */
    public static int topSize(int customers) {
        return customers >= 10 * TOP ? TOP : Math.max(1, customers / 10);
    }

    /**
     * How many of the {@code top} highest scores belong to customers who did not buy again. The
     * scores are probabilities: each is packed with its row into one long (31 bits of score, ties by
     * row), so a primitive sort does it.
     */
    public static int topLost(double[] score, boolean[] lost, int top) {
        long[] keys = new long[score.length];
        for (int j = 0; j < score.length; j++) {
            long q = (long) (Math.min(1, Math.max(0, score[j])) * Integer.MAX_VALUE);
            keys[j] = (q << 32) | (Integer.MAX_VALUE - j);
        }
        Arrays.sort(keys);
        int count = 0;
        for (int k = 0; k < top; k++) {
            int j = Integer.MAX_VALUE - (int) (keys[keys.length - 1 - k] & 0xFFFFFFFFL);
            count += lost[j] ? 1 : 0;
        }
        return count;
    }
}
