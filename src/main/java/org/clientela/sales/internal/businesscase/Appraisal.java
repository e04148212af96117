package org.clientela.sales.internal.businesscase;

import java.util.ArrayList;
import java.util.List;

/**
 * What an investment is worth to the one who pays for it, from its flows: the net present value
 * at the discount rate, the internal rate of return (annual), the return on investment, and how
 * long until the money is back, simply added up and discounted.
 *
 * @param npv                    the flows discounted to the start at the annual discount rate, added up
 * @param irr                    the annual rate at which they are worth nothing, or {@code null} (see
 *                               {@code irrMissing})
 * @param irrMissing             why there is no internal rate, or {@code null} when there is one
 * @param irrRates               the rates found: the one, or the several ones when {@code SEVERAL}
 * @param roi                    (what comes in − what goes out) ÷ what goes out; {@code null} when nothing goes out
 * @param paybackYears           when the added flows stay at or above zero from then on, interpolated
 *                               within its period, in years; {@code null} when they end below zero
 * @param discountedPaybackYears the same on the discounted flows
 * @param discounted             each flow discounted to the start
 * @param cumulative             the flows added up to each period
 */
public record Appraisal(
        double npv,
        Double irr,
        InternalRate.Missing irrMissing,
        List<Double> irrRates,
        Double roi,
        Double paybackYears,
        Double discountedPaybackYears,
        List<Double> discounted,
        List<Double> cumulative) {

    public static Appraisal of(CashFlows cashFlows) {
        List<Double> flows = cashFlows.flows();
        double factor = 1 / (1 + cashFlows.periodRate());
        List<Double> discounted = new ArrayList<>(flows.size());
        double weight = 1;
        double in = 0;
        double out = 0;
        for (double flow : flows) {
            discounted.add(flow * weight);
            weight *= factor;
            if (flow > 0) {
                in += flow;
            } else {
                out -= flow;
            }
        }
        double npv = discounted.stream().mapToDouble(Double::doubleValue).sum();
        InternalRate.Result irr = InternalRate.of(cashFlows);
        return new Appraisal(
                npv,
                irr.rate(),
                irr.missing(),
                irr.rates(),
                out == 0 ? null : (in - out) / out,
                payback(flows, cashFlows.periodsPerYear()),
                payback(discounted, cashFlows.periodsPerYear()),
                List.copyOf(discounted),
                List.copyOf(running(flows)));
    }

    /**
     * The moment the added flows reach zero for the last time from below, interpolated linearly
     * within that period: a later outflow that takes them below zero again puts the money at risk
     * again, so the earlier moment is not the payback. {@code null} when they end below zero.
     */
    static Double payback(List<Double> flows, int periodsPerYear) {
        List<Double> sums = running(flows);
        if (sums.get(sums.size() - 1) < 0) {
            return null;
        }
        int t = sums.size() - 1;
        while (t > 0 && sums.get(t - 1) >= 0) {
            t--;
        }
        if (t == 0) {
            return 0.0;
        }
        double before = sums.get(t - 1);
        double periods = (t - 1) + (-before) / flows.get(t);
        return periods / periodsPerYear;
    }

    private static List<Double> running(List<Double> flows) {
        List<Double> sums = new ArrayList<>(flows.size());
        double sum = 0;
        for (double flow : flows) {
            sum += flow;
            sums.add(sum);
        }
        return sums;
    }
}
