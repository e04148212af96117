package org.clientela.satisfaction.internal.requests;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Internal customers, under {@code clientela.satisfaction.internal.*}.
 *
 * @param inTimeGoal         the share of first answers in time a hand-off should reach (0.8 = 80 %)
 * @param csatGoal           the share of ratings of 4-5 a hand-off should reach
 * @param reviewWorkingDays  working days after a project's end by which its review is due
 */
@ConfigurationProperties("clientela.satisfaction.internal")
public record InternalServiceSettings(
        @DefaultValue("0.8") double inTimeGoal,
        @DefaultValue("0.8") double csatGoal,
        @DefaultValue("10") int reviewWorkingDays) {}
