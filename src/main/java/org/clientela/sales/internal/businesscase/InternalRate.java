package org.clientela.sales.internal.businesscase;

import java.util.ArrayList;
import java.util.List;

/**
 * The annual rates at which the flows are worth nothing today. The net present value is looked at
 * on a grid of annual rates from −99 % to +1000 % (even steps of log(1 + rate), so small rates are
 * looked at closely); each change of sign between two grid points is narrowed by bisection to
 * 1e-10. Flows that change sign more than once may have several such rates, and then no one of
 * them is "the" internal rate: all are reported and the caller says so.
 */
public final class InternalRate {

    static final double LOWEST = -0.99;
    private static final int STEPS = 7_000;
    private static final double TOLERANCE = 1e-10;

    /** Why there is no single internal rate. */
    public enum Missing {
        /** All flows are of one sign: no rate makes them worth nothing. */
        NO_SIGN_CHANGE,
        /** The flows change sign but no rate between −99 % and +1000 % makes them worth nothing. */
        OUT_OF_RANGE,
        /** Several rates make them worth nothing. */
        SEVERAL
    }

    /** The rate, or why there is none with the rates found (two or more when {@code SEVERAL}). */
    record Result(Double rate, Missing missing, List<Double> rates) {}

    private InternalRate() {}

    static Result of(CashFlows cashFlows) {
        if (!changesSign(cashFlows.flows())) {
            return new Result(null, Missing.NO_SIGN_CHANGE, List.of());
        }
        List<Double> roots = new ArrayList<>();
        double top = Math.log1p(CashFlows.MAX_RATE);
        double bottom = Math.log1p(LOWEST);
        double previousRate = Double.NaN;
        double previousValue = Double.NaN;
        for (int i = 0; i <= STEPS; i++) {
            double rate = Math.expm1(bottom + (top - bottom) * i / STEPS);
            double value = npv(cashFlows, rate);
            if (!Double.isFinite(value)) {
                previousValue = Double.NaN;
                continue;
            }
            if (value == 0) {
                roots.add(rate);
            } else if (Double.isFinite(previousValue)
                    && previousValue != 0
                    && Math.signum(value) != Math.signum(previousValue)) {
                roots.add(bisect(cashFlows, previousRate, previousValue, rate));
            }
            previousRate = rate;
            previousValue = value;
        }
        if (roots.isEmpty()) {
            return new Result(null, Missing.OUT_OF_RANGE, List.of());
        }
        if (roots.size() > 1) {
            return new Result(null, Missing.SEVERAL, List.copyOf(roots));
        }
        return new Result(roots.get(0), null, List.copyOf(roots));
    }

    private static double bisect(CashFlows cashFlows, double low, double lowValue, double high) {
        while (high - low > TOLERANCE) {
            double middle = (low + high) / 2;
            double value = npv(cashFlows, middle);
            if (value == 0) {
                return middle;
            }
            if (Math.signum(value) == Math.signum(lowValue)) {
                low = middle;
                lowValue = value;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** The net present value at an annual rate, by Horner's rule on 1 / (1 + period rate). */
    static double npv(CashFlows cashFlows, double annualRate) {
        double factor = 1 / (1 + cashFlows.periodRate(annualRate));
        List<Double> flows = cashFlows.flows();
        double value = 0;
        for (int t = flows.size() - 1; t >= 0; t--) {
            value = value * factor + flows.get(t);
        }
        return value;
    }

    static boolean changesSign(List<Double> flows) {
        boolean in = false;
        boolean out = false;
        for (double flow : flows) {
            in |= flow > 0;
            out |= flow < 0;
        }
        return in && out;
    }
}
