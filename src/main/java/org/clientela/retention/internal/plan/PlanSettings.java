package org.clientela.retention.internal.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retention plan ({@code clientela.retention.plan.*}).
 *
 * @param minGroup        fewest customers in each group before a result is shown
 * @param comparisonLimit most comparable customers kept for an action made from a list
 * @param windowDays      default days after the start in which a purchase counts as a return
 */
@ConfigurationProperties("clientela.retention.plan")
public record PlanSettings(
        @DefaultValue("30") int minGroup,
        @DefaultValue("2000") int comparisonLimit,
        @DefaultValue("60") int windowDays) {}
