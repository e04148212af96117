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
 * the two halves'). The candidate with the
 * largest area under the ROC curve wins; it is fitted again on all of them and scores every customer
 * as they are on the run's day. Its score is the estimated probability of no purchase in the horizon.
 *
 * <p>When the past is too short to learn from (fewer than {@value #MIN_BACKTEST} customers, or fewer
 * than {@value #MIN_OUTCOME} who did or did not come back), the ranking falls back to recency alone:
 * {@code days / (days + horizon)}, which orders customers exactly as weeks since the last purchase do.
 */
public final class RiskRanking {

    static final int MIN_BACKTEST = 100;
    static final int MIN_OUTCOME = 10;
    static final int TOP = 100;

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
    public record Result(Method method, int backtestCustomers, int backtestLost, Map<Method, Double> auc, int top,
            int topLost, double[] riskScore) {

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

    private RiskRanking() {
    }

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
        double[][] pastFull = new double[backtest.length][];
        for (int j = 0; j < backtest.length; j++) {
            pastFull[j] = features(histories.atCut(backtest[j]), model, horizonWeeks);
        }
        boolean[] even = new boolean[backtest.length];
        boolean[] odd = new boolean[backtest.length];
        for (int j = 0; j < backtest.length; j++) {
            even[j] = j % 2 == 0;
            odd[j] = !even[j];
        }
        Map<Method, Double> auc = new EnumMap<>(Method.class);
        Map<Method, double[]> heldOut = new EnumMap<>(Method.class);
        for (Method method : candidates) {
            double[][] past = select(pastFull, method);
            LogisticRegression onEven = LogisticRegression.fit(past, lost, even);
            LogisticRegression onOdd = LogisticRegression.fit(past, lost, odd);
            double[] score = new double[backtest.length];
            for (int j = 0; j < backtest.length; j++) {
                score[j] = even[j] ? onOdd.probability(past[j]) : onEven.probability(past[j]);
            }
            auc.put(method, (auc(score, lost, even) + auc(score, lost, odd)) / 2);
            heldOut.put(method, score);
        }
        Method best = candidates[0];
        for (Method method : candidates) {
            if (auc.get(method) > auc.get(best)) {
                best = method;
            }
        }
        int top = backtest.length >= 10 * TOP ? TOP : Math.max(1, backtest.length / 10);
        int topLost = topLost(heldOut.get(best), lost, top);
        LogisticRegression chosen = LogisticRegression.fit(select(pastFull, best), lost, null);
        double[] score = new double[n];
        Method method = best;
        IntStream.range(0, n).parallel().forEach(i -> score[i] = chosen.probability(
                select(features(histories.now(i), method == Method.MODEL || method == Method.HISTORY_AND_MODEL ? model : null,
                        horizonWeeks), method)));
        return new Result(best, backtest.length, lostCount, auc, top, topLost, score);
    }

    /**
     * Recency in weeks, log(1 + repeat purchases), weeks as a customer, log of the model's expected
     * purchases, and how overdue by the customer's own rhythm.
     */
    private static double[] features(PurchaseHistories.Rfm rfm, ExpectedPurchases model, double horizonWeeks) {
        double expected = model == null ? 0 : Math.log(1e-4 + model.of(rfm.x(), rfm.tx(), rfm.T(), horizonWeeks));
        double overdue = rfm.x() == 0 ? 0 : Math.log1p(rfm.recencyWeeks()) - Math.log1p(rfm.tx() / rfm.x());
        return new double[] {rfm.recencyWeeks(), Math.log1p(rfm.x()), rfm.T(), expected, overdue};
    }

    private static double[][] select(double[][] rows, Method method) {
        double[][] out = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            out[j] = select(rows[j], method);
        }
        return out;
    }

    private static double[] select(double[] row, Method method) {
        return switch (method) {
            case RECENCY -> new double[] {row[0]};
            case HISTORY -> new double[] {row[0], row[1], row[2]};
            case RHYTHM -> new double[] {row[0], row[1], row[2], row[4]};
            case MODEL -> new double[] {row[3]};
            case HISTORY_AND_MODEL -> new double[] {row[0], row[1], row[2], row[3]};
            case RULE -> throw new IllegalArgumentException("The rule is not fitted");
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

    private static int topLost(double[] score, boolean[] lost, int top) {
        Integer[] order = new Integer[score.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int count = 0;
        for (int k = 0; k < top; k++) {
            count += lost[order[k]] ? 1 : 0;
        }
        return count;
    }
}
