package org.clientela.retention.internal.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What the ranking needs to know of every customer, gathered while the radar streams their purchase
 * rhythms, in a few primitive arrays (a million customers take some 60 MB): when they bought on the
 * run's day ({@code asOf}) and on the backtest's day ({@code asOf} minus the horizon), whether they bought
 * in between, what they spent in their last year of buying, and which radar signals fired.
 */
public final class PurchaseHistories {

    private final int asOf;
    private final int cut;
    private int size;
    private long[] customerId = new long[1024];
    private int[] firstDay = new int[1024];
    private int[] lastDay = new int[1024];
    private int[] purchaseDays = new int[1024];
    /** Purchase days on or before the backtest day (0 = the customer had not bought yet). */
    private int[] daysAtCut = new int[1024];

    private int[] lastDayAtCut = new int[1024];
    private boolean[] boughtAfterCut = new boolean[1024];
    private double[] yearSpend = new double[1024];
    private int[] yearDays = new int[1024];
    private int[] signals = new int[1024];

    /**
     * @param asOf    the run's day: purchases after it are not in the histories
     * @param horizon days of the coming period the ranking speaks of; the backtest looks that far back
     */
    public PurchaseHistories(LocalDate asOf, int horizon) {
        this.asOf = (int) asOf.toEpochDay();
        this.cut = this.asOf - horizon;
    }

    /**
     * Adds a customer.
     *
     * @param firstDay  the first purchase day
     * @param gaps      days between consecutive purchase days, in order of time
     * @param yearSpend what the customer spent in the 365 days up to their last purchase day
     * @param signals   a bit per radar signal kind that fired ({@code 1 << ordinal})
     */
    public void add(long id, LocalDate firstDay, List<Integer> gaps, double yearSpend, int signals) {
        grow();
        int i = size++;
        int day = (int) firstDay.toEpochDay();
        int atCut = day <= cut ? 1 : 0;
        int lastAtCut = day;
        boolean after = day > cut;
        int[] days = new int[gaps.size() + 1];
        days[0] = day;
        for (int g = 0; g < gaps.size(); g++) {
            day += gaps.get(g);
            days[g + 1] = day;
            if (day <= cut) {
                atCut++;
                lastAtCut = day;
            } else if (atCut > 0) {
                after = true;
            }
        }
        int last = days[days.length - 1];
        int inYear = 0;
        for (int d : days) {
            if (d > last - 365) {
                inYear++;
            }
        }
        customerId[i] = id;
        this.firstDay[i] = days[0];
        lastDay[i] = last;
        purchaseDays[i] = days.length;
        daysAtCut[i] = atCut;
        lastDayAtCut[i] = lastAtCut;
        boughtAfterCut[i] = atCut > 0 && after;
        this.yearSpend[i] = yearSpend;
        yearDays[i] = inYear;
        this.signals[i] = signals;
    }

    private void grow() {
        if (size < customerId.length) {
            return;
        }
        int n = customerId.length * 2;
        customerId = Arrays.copyOf(customerId, n);
        firstDay = Arrays.copyOf(firstDay, n);
        lastDay = Arrays.copyOf(lastDay, n);
        purchaseDays = Arrays.copyOf(purchaseDays, n);
        daysAtCut = Arrays.copyOf(daysAtCut, n);
        lastDayAtCut = Arrays.copyOf(lastDayAtCut, n);
        boughtAfterCut = Arrays.copyOf(boughtAfterCut, n);
        yearSpend = Arrays.copyOf(yearSpend, n);
        yearDays = Arrays.copyOf(yearDays, n);
        signals = Arrays.copyOf(signals, n);
    }

    public int size() {
        return size;
    }

    public LocalDate asOf() {
        return LocalDate.ofEpochDay(asOf);
    }

    public int horizon() {
        return asOf - cut;
    }

    public long customerId(int i) {
        return customerId[i];
    }

    public int purchaseDays(int i) {
        return purchaseDays[i];
    }

    public int daysSinceLast(int i) {
        return asOf - lastDay[i];
    }

    public double yearSpend(int i) {
        return yearSpend[i];
    }

    /** Mean spend of a purchase day in the customer's last year of buying. */
    public double meanSpend(int i) {
        return yearDays[i] == 0 ? 0 : yearSpend[i] / yearDays[i];
    }

    public int signals(int i) {
        return signals[i];
    }

    /** The customer as the model sees them on the run's day: x, t_x and T in weeks. */
    public Rfm now(int i) {
        return new Rfm(purchaseDays[i] - 1, (lastDay[i] - firstDay[i]) / 7.0, (asOf - firstDay[i]) / 7.0);
    }

    /** Whether the customer had bought by the backtest's day, so that the backtest can judge them. */
    boolean inBacktest(int i) {
        return daysAtCut[i] > 0;
    }

    /** The customer as the model saw them on the backtest's day. */
    Rfm atCut(int i) {
        return new Rfm(daysAtCut[i] - 1, (lastDayAtCut[i] - firstDay[i]) / 7.0, (cut - firstDay[i]) / 7.0);
    }

    /** Whether the customer, judged on the backtest's day, did not buy in the horizon that followed. */
    boolean lostAfterCut(int i) {
        return !boughtAfterCut[i];
    }

    /**
     * Repeat purchase days ({@code x}), weeks from the first purchase to the last ({@code tx}) and to
     * the day of judging ({@code T}), as the customer-base model counts them.
     */
    public record Rfm(int x, double tx, double T) {

        public double recencyWeeks() {
            return T - tx;
        }
    }
}
