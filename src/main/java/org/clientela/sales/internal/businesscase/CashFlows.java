package org.clientela.sales.internal.businesscase;

import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;

/**
 * What a business case is calculated from: the flows of money per period (flow 0 is the initial
 * investment, at the start and not discounted), how many periods make a year (1 or 12) and the
 * annual rate the money could earn elsewhere, as a fraction (0.10 for 10 %).
 */
public record CashFlows(List<Double> flows, int periodsPerYear, double annualDiscountRate) {

    /** At most 50 years of months, or 600 years: flow 0 and 600 periods after it. */
    public static final int MAX_PERIODS = 600;
    /** The largest amount of one period; the columns keep 14 digits and 2 decimals. */
    public static final double MAX_AMOUNT = 999_999_999_999.99;
    /** The highest annual rate taken, and the top of the search for the internal rate: 1000 %. */
    public static final double MAX_RATE = 10.0;

    public CashFlows {
        List<InputError> errors = problems(flows, periodsPerYear, annualDiscountRate);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        flows = List.copyOf(flows);
    }

    /** Everything wrong with the input, each naming its field ({@code cashFlows[3]}). */
    public static List<InputError> problems(List<Double> flows, Integer periodsPerYear, Double annualDiscountRate) {
        List<InputError> errors = new ArrayList<>();
        if (flows == null || flows.size() < 2) {
            errors.add(InputError.field("cashFlows", "sales.businessCase.error.tooFew"));
        } else if (flows.size() > MAX_PERIODS + 1) {
            errors.add(InputError.field("cashFlows", "sales.businessCase.error.tooMany", MAX_PERIODS));
        } else {
            for (int t = 0; t < flows.size(); t++) {
                Double flow = flows.get(t);
                if (flow == null || !Double.isFinite(flow) || Math.abs(flow) > MAX_AMOUNT) {
                    errors.add(InputError.field("cashFlows[" + t + "]", "sales.businessCase.error.amount"));
                }
            }
        }
        if (periodsPerYear == null || (periodsPerYear != 1 && periodsPerYear != 12)) {
            errors.add(InputError.field("periodsPerYear", "sales.businessCase.error.periodsPerYear"));
        }
        if (annualDiscountRate == null
                || !Double.isFinite(annualDiscountRate)
                || annualDiscountRate <= -1
                || annualDiscountRate > MAX_RATE) {
            errors.add(InputError.field("annualDiscountRate", "sales.businessCase.error.rate"));
        }
        return errors;
    }

    /** The rate of one period that compounds to the annual rate over a year. */
    public double periodRate() {
        return periodRate(annualDiscountRate);
    }

    double periodRate(double annual) {
        return periodsPerYear == 1 ? annual : Math.pow(1 + annual, 1.0 / periodsPerYear) - 1;
    }

    public int periods() {
        return flows.size() - 1;
    }
}
