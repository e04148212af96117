package org.clientela.retention.internal.losses;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the lost-customer register, the three questions and concentration risk, under
 * {@code clientela.retention}.
 *
 * @param concentration when one customer is too big a part of the business, and the margin used
 *                      to say what losing them would cost
 * @param presumedLost  below which probability of still being active a customer is presumed lost
 */
@ConfigurationProperties("clientela.retention")
public record LossSettings(
        @DefaultValue Concentration concentration,
        @DefaultValue PresumedLost presumedLost) {

    /**
     * @param alertShare  the share of the last 12 months' revenue (0–1) above which one customer
     *                    raises the alert
     * @param grossMargin the business's gross margin (0–1): the part of each euro of sales left
     *                    after the cost of the goods
     */
    public record Concentration(
            @DefaultValue("0.20") double alertShare,
            @DefaultValue("0.30") double grossMargin) {}

    /** @param below probability of being alive (0–1) under which a customer is a presumed-lost candidate */
    public record PresumedLost(@DefaultValue("0.3") double below) {}
}
