package org.clientela.retention.internal.fits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the customer-base model, {@code clientela.retention.model.*}.
 *
 * @param timeUnitDays        days in the model's unit of time; 7 (weeks) as in the literature, so
 *                            r, α and the log-likelihood compare with published figures
 * @param horizonMonths       months of future purchases counted in a customer's lifetime value
 * @param monthlyDiscountRate discount of money a month later, e.g. 0.01 (1 % a month, about 12.7 %
 *                            a year)
 * @param holdoutWeeks        weeks kept out of the fit by the calibration/holdout check
 */
@ConfigurationProperties("clientela.retention.model")
@Validated
public record ModelSettings(
        @DefaultValue("7") @Min(1) @Max(31) int timeUnitDays,
        @DefaultValue("12") @Min(1) @Max(600) int horizonMonths,

        @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("0.5")
        double monthlyDiscountRate,

        @DefaultValue("26") @Min(1) @Max(260) int holdoutWeeks) {

    /** Model time units in {@code weeks}. */
    public double unitsFromWeeks(double weeks) {
        return weeks * 7 / timeUnitDays;
    }

    /** Model time units in {@code days}. */
    public double unitsFromDays(long days) {
        return (double) days / timeUnitDays;
    }
}
