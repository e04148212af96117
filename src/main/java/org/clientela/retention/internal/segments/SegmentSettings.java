package org.clientela.retention.internal.segments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the RFM segments and of "what else could they buy?" ({@code clientela.retention.segments.*}).
 *
 * @param cron          when the nightly run recomputes the segments (Spring cron, business time zone)
 * @param recentMonths  a category not bought in this many months counts as dropped
 * @param batchSize     rows written per batch by the run
 * @param minCustomers  a suggestion needs at least this many customers behind its evidence
 */
@ConfigurationProperties("clientela.retention.segments")
public record SegmentSettings(
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("6") int recentMonths,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("10") int minCustomers) {}
