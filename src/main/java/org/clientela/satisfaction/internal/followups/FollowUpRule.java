package org.clientela.satisfaction.internal.followups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;

/**
 * When a purchase earns a call: {@code daysAfter} days after the order reached the customer, for a
 * first order (when {@code firstOrders}) and for orders of at least {@code minAmount} (null: none by
 * amount); at most one per customer in {@code gapDays}; due {@code dueWorkingDays} working days
 * after the rule gives it.
 */
public record FollowUpRule(
        int daysAfter, boolean firstOrders, BigDecimal minAmount, int gapDays, int dueWorkingDays, long version) {

    public static final int DAYS_MAX = 365;
    public static final int DUE_MAX = 20;

    /** The checks of a rule a manager sets, each error naming its field. */
    public FollowUpRule {
        List<InputError> errors = new ArrayList<>();
        if (daysAfter < 0 || daysAfter > DAYS_MAX) {
            errors.add(InputError.field("daysAfter", "satisfaction.followUps.rule.range", 0, DAYS_MAX));
        }
        if (gapDays < 0 || gapDays > DAYS_MAX) {
            errors.add(InputError.field("gapDays", "satisfaction.followUps.rule.range", 0, DAYS_MAX));
        }
        if (dueWorkingDays < 0 || dueWorkingDays > DUE_MAX) {
            errors.add(InputError.field("dueWorkingDays", "satisfaction.followUps.rule.range", 0, DUE_MAX));
        }
        if (minAmount != null
                && (minAmount.signum() < 0
                        || minAmount.scale() > 2
                        || minAmount.precision() - minAmount.scale() > 12)) {
            errors.add(InputError.field("minAmount", "satisfaction.followUps.rule.amount"));
        }
        if (!firstOrders && minAmount == null) {
            errors.add(InputError.field("minAmount", "satisfaction.followUps.rule.nothing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
