package org.clientela.service.internal.publicpromises;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How public promises are measured, under {@code clientela.service.public-promises.*}.
 *
 * @param windowDays  the window measured when none is asked for: the last this many days
 * @param minMeasured fewer occurrences than this in the window and no figures are given, only "too little data"
 */
@ConfigurationProperties("clientela.service.public-promises")
public record PublicPromiseSettings(
        @DefaultValue("90") int windowDays,
        @DefaultValue("20") int minMeasured) {}
